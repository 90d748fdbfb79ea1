package org.gridworks.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The delivery board's order within and across its groups. */
class BoardOrderTest {

    private static RequestRow row(long id, String bucket, String due, boolean mine, String warehouses) {
        return new RequestRow(
                id,
                1,
                "WC-2026-000001",
                "客户",
                "现场",
                "2026-11-30 09:00",
                LocalDate.parse(due),
                false,
                RequestStatus.RESERVED,
                DeliveryState.ON_TRACK,
                3,
                0,
                warehouses,
                mine,
                0,
                bucket,
                List.of(),
                null,
                mine);
    }

    @Test
    void laterRequestsAreInDateOrderWhateverTheirWarehouse() {
        List<RequestRow> board = List.of(
                row(1, "LATER", "2026-12-09", true, "婺城仓"),
                row(2, "LATER", "2026-12-03", false, "市中心仓"),
                row(3, "LATER", "2026-12-07", true, "婺城仓"));
        assertEquals(
                List.of(2L, 3L, 1L),
                board.stream()
                        .sorted(DeliveryBoardBacking.BOARD_ORDER)
                        .map(RequestRow::id)
                        .toList());
    }

    @Test
    void groupsComeInTheirOrderAndOnOneDayTheStaffsOwnComeFirst() {
        List<RequestRow> board = List.of(
                row(1, "LATER", "2026-12-03", true, "婺城仓"),
                row(2, "TODAY", "2026-11-30", false, "市中心仓"),
                row(3, "TODAY", "2026-11-30", true, "婺城仓"),
                row(4, "OVERDUE", "2026-11-27", false, "市中心仓"),
                row(5, "OVERDUE", "2026-11-25", false, "市中心仓"),
                row(6, "TOMORROW", "2026-12-01", false, "婺城仓"));
        assertEquals(
                List.of(5L, 4L, 3L, 2L, 6L, 1L),
                board.stream()
                        .sorted(DeliveryBoardBacking.BOARD_ORDER)
                        .map(RequestRow::id)
                        .toList());
    }
}
