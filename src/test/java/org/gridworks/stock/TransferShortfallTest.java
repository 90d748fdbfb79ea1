package org.gridworks.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.List;
import org.gridworks.platform.BusinessException;
import org.junit.jupiter.api.Test;

/** A transfer's arrivals and write-offs: every unit sent is arrived, written off or still in transit. */
class TransferShortfallTest {

    private static final LocalDateTime MORNING = LocalDateTime.of(2026, 11, 30, 9, 0);

    private static StockTransfer tenSent() {
        return new StockTransfer(null, null, null, 10, MORNING, "warehouse-lx", null);
    }

    private static List<Object> state(StockTransfer t) {
        return List.of(t.getReceivedQuantity(), t.getWrittenOff(), t.outstanding(), t.getStatus());
    }

    @Test
    void aShortArrivalLeavesTheRestInTransitUntilItIsWrittenOff() {
        StockTransfer transfer = tenSent();
        assertEquals(7, transfer.arrive(7, MORNING.plusHours(2), "warehouse"));
        assertEquals(List.of(7, 0, 3, TransferStatus.IN_TRANSIT), state(transfer));
        assertEquals(3, transfer.writeOff(3));
        assertEquals(List.of(7, 3, 0, TransferStatus.RECEIVED), state(transfer));
    }

    @Test
    void theRestMayStillArriveLaterInParts() {
        StockTransfer transfer = tenSent();
        transfer.arrive(6, MORNING, "warehouse");
        transfer.writeOff(1);
        assertEquals(List.of(6, 1, 3, TransferStatus.IN_TRANSIT), state(transfer));
        assertEquals(3, transfer.arrive(null, MORNING.plusDays(1), "warehouse"), "empty: all that is left");
        assertEquals(List.of(9, 1, 0, TransferStatus.RECEIVED), state(transfer));
        assertEquals(MORNING.plusDays(1), transfer.getReceivedAt(), "the last arrival's time");
    }

    @Test
    void anArrivalOfEverythingReceivesTheTransferWhole() {
        StockTransfer transfer = tenSent();
        assertEquals(10, transfer.arrive(null, MORNING, "warehouse"));
        assertEquals(List.of(10, 0, 0, TransferStatus.RECEIVED), state(transfer));
    }

    @Test
    void zeroNegativeOrMoreThanInTransitIsRefusedAndChangesNothing() {
        StockTransfer transfer = tenSent();
        transfer.arrive(8, MORNING, "warehouse");
        for (Integer bad : new Integer[] {0, -1, 3}) {
            BusinessException arrival =
                    assertThrows(BusinessException.class, () -> transfer.arrive(bad, MORNING, "warehouse"));
            assertEquals(BusinessException.Kind.INVALID, arrival.kind(), "arrival of " + bad);
            BusinessException writeOff = assertThrows(BusinessException.class, () -> transfer.writeOff(bad));
            assertEquals(BusinessException.Kind.INVALID, writeOff.kind(), "write-off of " + bad);
        }
        assertEquals(
                "stock.moreThanInTransit",
                assertThrows(BusinessException.class, () -> transfer.arrive(3, MORNING, "warehouse"))
                        .messageKey());
        assertEquals(List.of(8, 0, 2, TransferStatus.IN_TRANSIT), state(transfer));
    }

    @Test
    void nothingMoreCanArriveOrBeWrittenOffOnceEveryUnitIsAccountedFor() {
        StockTransfer transfer = tenSent();
        transfer.arrive(9, MORNING, "warehouse");
        transfer.writeOff(1);
        assertEquals(
                BusinessException.Kind.CONFLICT,
                assertThrows(BusinessException.class, () -> transfer.arrive(null, MORNING, "x"))
                        .kind());
        assertEquals(
                BusinessException.Kind.CONFLICT,
                assertThrows(BusinessException.class, () -> transfer.writeOff(1))
                        .kind());
        assertEquals(List.of(9, 1, 0, TransferStatus.RECEIVED), state(transfer));
    }
}
