package org.gridworks.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.gridworks.platform.BusinessException;
import org.junit.jupiter.api.Test;

/**
 * Every step of a material request from every status, without a container: allowed steps land where they
 * should, refused ones throw with the message the API and the pages have always given and leave the request and
 * its lines as they were (a delivered request is never cancelled, a cancelled one never dispatched).
 */
class RequestTransitionsTest {

    private static final LocalDateTime AT = LocalDateTime.of(2024, 9, 27, 9, 0);
    private static final long CABLE = 11;
    private static final long BOX = 12;
    private static final long WUCHENG = 1;
    private static final long LANXI = 2;

    /** A request of 60 cables and 4 meter boxes, both from one warehouse, brought to a status by allowed steps. */
    private static MaterialRequest requestIn(RequestStatus status) {
        MaterialRequest request = twoWarehouses(WUCHENG);
        switch (status) {
            case RESERVED -> {}
            case PICKED -> request.pick(AT.plusHours(2));
            case DISPATCHED -> request.dispatch(request.getLines(), AT.plusHours(5));
            case DELIVERED -> {
                request.dispatch(request.getLines(), AT.plusHours(5));
                request.deliver(request.outstanding(), AT.plusDays(1), "李工", "keeper");
            }
            case CANCELLED -> request.cancel(AT.plusHours(1), null);
        }
        assertEquals(status, request.getStatus());
        return request;
    }

    /** Cables from the first warehouse, meter boxes from the second. */
    private static MaterialRequest twoWarehouses(long boxesFrom) {
        MaterialRequest request = new MaterialRequest(null, "领料测试现场", AT, 3, LocalDate.of(2024, 10, 8), AT, "pm");
        request.addLine(CABLE, WUCHENG, 60, 1, LocalDate.of(2024, 9, 29), true);
        request.addLine(BOX, boxesFrom, 4, 1, LocalDate.of(2024, 9, 29), true);
        return request;
    }

    /** The steps, each applied as a service would (a cancellation with a reason, as one after dispatch needs). */
    private static final Map<String, Consumer<MaterialRequest>> STEPS = Map.of(
            "pick", r -> r.pick(AT.plusHours(3)),
            "dispatch", r -> r.dispatch(r.unsent(l -> true), AT.plusHours(6)),
            "deliver", r -> r.deliver(r.outstanding(), AT.plusDays(2), "王经理", "pm"),
            "cancel", r -> r.cancel(AT.plusHours(7), "客户变更设计"));

    /** Written out, not derived from RequestTransition: status → step → status after, or the refusal's key. */
    private static final Map<RequestStatus, Map<String, Object>> TABLE = Map.of(
            RequestStatus.RESERVED,
                    Map.of(
                            "pick",
                            RequestStatus.PICKED,
                            "dispatch",
                            RequestStatus.DISPATCHED,
                            "deliver",
                            "request.notDispatched",
                            "cancel",
                            RequestStatus.CANCELLED),
            RequestStatus.PICKED,
                    Map.of(
                            "pick",
                            "request.notReserved",
                            "dispatch",
                            RequestStatus.DISPATCHED,
                            "deliver",
                            "request.notDispatched",
                            "cancel",
                            RequestStatus.CANCELLED),
            RequestStatus.DISPATCHED,
                    Map.of(
                            "pick",
                            "request.notReserved",
                            "dispatch",
                            "request.notDispatchable",
                            "deliver",
                            RequestStatus.DELIVERED,
                            "cancel",
                            RequestStatus.CANCELLED),
            RequestStatus.DELIVERED,
                    Map.of(
                            "pick",
                            "request.notReserved",
                            "dispatch",
                            "request.notDispatchable",
                            "deliver",
                            "request.closed",
                            "cancel",
                            "request.closed"),
            RequestStatus.CANCELLED,
                    Map.of(
                            "pick",
                            "request.notReserved",
                            "dispatch",
                            "request.notDispatchable",
                            "deliver",
                            "request.closed",
                            "cancel",
                            "request.closed"));

    /** Everything a step may change, on the request and on each line. */
    private static List<Object> state(MaterialRequest r) {
        List<Object> state = new ArrayList<>(List.of(
                r.getStatus(),
                String.valueOf(r.getPickedAt()),
                String.valueOf(r.getDispatchedAt()),
                String.valueOf(r.getDeliveredAt()),
                String.valueOf(r.getCancelledAt()),
                String.valueOf(r.getCancelReason())));
        for (RequestLine l : r.getLines()) {
            state.add(l.getLineNo() + ":" + l.getDispatchedAt() + ":" + l.getDelivered() + ":"
                    + l.getDeliveries().size());
        }
        return state;
    }

    @Test
    void everyStepFromEveryStatusIsAllowedOrRefusedAsTheTableSays() {
        int allowed = 0;
        int refused = 0;
        for (RequestStatus from : RequestStatus.values()) {
            for (Map.Entry<String, Consumer<MaterialRequest>> step : STEPS.entrySet()) {
                MaterialRequest request = requestIn(from);
                Object expected = TABLE.get(from).get(step.getKey());
                String what = from + " " + step.getKey();
                if (expected instanceof String key) {
                    List<Object> before = state(request);
                    BusinessException refusal = assertThrows(
                            BusinessException.class, () -> step.getValue().accept(request), what);
                    assertEquals(BusinessException.Kind.CONFLICT, refusal.kind(), what);
                    assertEquals(key, refusal.messageKey(), what);
                    assertEquals(before, state(request), what + ": a refused step changes nothing");
                    refused++;
                } else {
                    step.getValue().accept(request);
                    assertEquals(expected, request.getStatus(), what);
                    allowed++;
                }
            }
        }
        assertEquals(7, allowed);
        assertEquals(13, refused);
    }

    @Test
    void eachStepRecordsItsTime() {
        MaterialRequest request = requestIn(RequestStatus.RESERVED);
        request.pick(AT.plusHours(2));
        request.dispatch(request.getLines(), AT.plusHours(5));
        request.deliver(request.outstanding(), AT.plusDays(1), "李工", "keeper");
        assertEquals(
                List.of(
                        RequestStatus.DELIVERED,
                        "2024-09-27T11:00",
                        "2024-09-27T14:00",
                        "2024-09-28T09:00",
                        "null",
                        "null"),
                state(request).subList(0, 6));
        Delivery signed = request.getLines().get(1).getDeliveries().get(0);
        assertEquals(
                List.of(4, "李工", "keeper"),
                List.of(signed.getQuantity(), signed.getSignedBy(), signed.getRecordedBy()));
    }

    @Test
    void aRequestFromTwoWarehousesIsDispatchedWhenTheSecondHasSentItsLines() {
        MaterialRequest request = twoWarehouses(LANXI);
        List<RequestLine> wucheng = request.unsent(l -> l.getWarehouseId() == WUCHENG);
        assertEquals(
                List.of(CABLE), wucheng.stream().map(RequestLine::getMaterialId).toList());
        request.dispatch(wucheng, AT.plusHours(4));
        assertEquals(RequestStatus.RESERVED, request.getStatus(), "the meter boxes have not left Lanxi");
        assertNull(request.getDispatchedAt());

        BusinessException again =
                assertThrows(BusinessException.class, () -> request.unsent(l -> l.getWarehouseId() == WUCHENG));
        assertEquals("request.nothingToDispatch", again.messageKey());
        BusinessException twice =
                assertThrows(BusinessException.class, () -> request.dispatch(request.getLines(), AT.plusHours(5)));
        assertEquals("request.notDispatchable", twice.messageKey(), "the cables were already sent");
        assertNull(request.getLines().get(1).getDispatchedAt(), "and the boxes were not sent by it");

        request.dispatch(request.unsent(l -> l.getWarehouseId() == LANXI), AT.plusHours(6));
        assertEquals(RequestStatus.DISPATCHED, request.getStatus());
        assertEquals(AT.plusHours(6), request.getDispatchedAt(), "on its way when the last line left");
    }

    @Test
    void aPartialDeliveryKeepsTheRequestDispatchedAndTheLastOneDeliversIt() {
        MaterialRequest request = requestIn(RequestStatus.DISPATCHED);
        RequestLine cables = request.getLines().get(0);
        request.deliver(Map.of(cables, 60), AT.plusDays(1), "李工", "keeper");
        assertEquals(RequestStatus.DISPATCHED, request.getStatus(), "the meter boxes are still on their way");
        assertEquals(Map.of(request.getLines().get(1), 4), request.outstanding());

        request.deliver(request.outstanding(), AT.plusDays(3), "王经理", "pm");
        assertEquals(RequestStatus.DELIVERED, request.getStatus());
        assertEquals(AT.plusDays(3), request.getDeliveredAt(), "delivered when the last line arrived");
    }

    @Test
    void moreThanIsOutstandingOnAnyLineIsRefusedAndNoLineIsSignedFor() {
        MaterialRequest request = requestIn(RequestStatus.DISPATCHED);
        List<Object> before = state(request);
        Map<RequestLine, Integer> tooMany = new LinkedHashMap<>();
        tooMany.put(request.getLines().get(0), 60);
        tooMany.put(request.getLines().get(1), 5);
        BusinessException refusal =
                assertThrows(BusinessException.class, () -> request.deliver(tooMany, AT.plusDays(1), "李工", "keeper"));
        assertEquals(
                List.of(BusinessException.Kind.INVALID, "request.moreThanOutstanding", "lines"),
                List.of(refusal.kind(), refusal.messageKey(), refusal.field()));
        assertEquals(List.of("#2", 4), List.of(refusal.arguments()));
        assertEquals(before, state(request), "the cables were not signed for either");

        BusinessException none =
                assertThrows(BusinessException.class, () -> request.deliver(Map.of(), AT.plusDays(1), "李工", "keeper"));
        assertEquals("request.nothingDelivered", none.messageKey());
        BusinessException zero = assertThrows(
                BusinessException.class,
                () -> request.deliver(Map.of(request.getLines().get(0), 0), AT.plusDays(1), "李工", "keeper"));
        assertEquals("request.moreThanOutstanding", zero.messageKey());
        assertEquals(before, state(request));
    }

    @Test
    void aLineNotYetSentCannotBeSignedFor() {
        MaterialRequest request = twoWarehouses(LANXI);
        request.dispatch(request.unsent(l -> l.getWarehouseId() == WUCHENG), AT.plusHours(4));
        RequestLine boxes = request.getLines().get(1);
        BusinessException refusal =
                assertThrows(BusinessException.class, () -> boxes.deliver(4, AT.plusDays(1), "李工", "keeper"));
        assertEquals("request.notDispatched", refusal.messageKey());
        assertEquals(0, boxes.getDelivered());
    }

    @Test
    void aCancellationAfterDispatchNeedsAReasonAndOneBeforeDoesNot() {
        MaterialRequest sent = requestIn(RequestStatus.DISPATCHED);
        List<Object> before = state(sent);
        for (String reason : new String[] {null, " "}) {
            BusinessException refusal =
                    assertThrows(BusinessException.class, () -> sent.cancel(AT.plusDays(1), reason));
            assertEquals(
                    List.of(BusinessException.Kind.INVALID, "request.cancelNeedsReason", "reason"),
                    List.of(refusal.kind(), refusal.messageKey(), refusal.field()));
        }
        assertEquals(before, state(sent));

        MaterialRequest partlySent = twoWarehouses(LANXI);
        partlySent.dispatch(partlySent.unsent(l -> l.getWarehouseId() == LANXI), AT.plusHours(4));
        assertEquals(
                "request.cancelNeedsReason",
                assertThrows(BusinessException.class, () -> partlySent.cancel(AT.plusDays(1), null))
                        .messageKey(),
                "one line already on the road");

        MaterialRequest picked = requestIn(RequestStatus.PICKED);
        picked.cancel(AT.plusHours(4), null);
        assertEquals(
                List.of(RequestStatus.CANCELLED, "2024-09-27T13:00", "null"),
                List.of(
                        picked.getStatus(),
                        String.valueOf(picked.getCancelledAt()),
                        String.valueOf(picked.getCancelReason())));
    }
}
