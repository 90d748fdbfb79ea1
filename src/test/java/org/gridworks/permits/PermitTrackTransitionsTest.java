package org.gridworks.permits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.gridworks.platform.BusinessException;
import org.junit.jupiter.api.Test;

/**
 * Every step of a permit track from every status, without a container: allowed steps land where they should,
 * refused ones throw a conflict and leave the track as it was (a withdrawn track is never granted).
 */
class PermitTrackTransitionsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    /** A track brought to a status through the allowed steps. */
    private static PermitTrack trackIn(PermitStatus status) {
        PermitType type = new PermitType("ROAD_EXCAVATION");
        type.set("道路挖掘许可", "Road excavation", "市政", null, 5, true, List.of("施工方案"), true);
        PermitTrack track = new PermitTrack(null, type, null, LocalDateTime.of(2025, 3, 1, 9, 0), "clerk");
        // documents in, so that only the status decides here (DeferredDocumentsTest covers grants without them)
        track.getDocuments().forEach(d -> d.mark(DocumentState.RECEIVED, null));
        switch (status) {
            case PREPARED -> {}
            case SUBMITTED -> track.submit(DAY);
            case SUPPLEMENT_REQUESTED -> {
                track.submit(DAY);
                track.requestSupplement("施工方案", DAY.plusDays(1), null);
            }
            case GRANTED -> {
                track.submit(DAY);
                track.grant(DAY.plusDays(2), "许字第1号", DAY, DAY.plusMonths(1), null);
            }
            case REFUSED -> {
                track.submit(DAY);
                track.refuse(DAY.plusDays(2), "方案不符");
            }
            case WITHDRAWN -> track.withdraw("不再需要", DAY);
        }
        assertEquals(status, track.getStatus());
        return track;
    }

    /** The steps, each applied as a service would. */
    private static final Map<String, Consumer<PermitTrack>> STEPS = Map.of(
            "submit", t -> t.submit(DAY.plusDays(3)),
            "requestSupplement", t -> t.requestSupplement("施工方案", DAY.plusDays(3), null),
            "supplied", t -> t.supplied(DAY.plusDays(3)),
            "grant", t -> t.grant(DAY.plusDays(3), "许字第2号", DAY, DAY.plusMonths(1), null),
            "refuse", t -> t.refuse(DAY.plusDays(3), "不符"),
            "withdraw", t -> t.withdraw("撤回", DAY.plusDays(3)));

    /** Written out, not derived from PermitTransition: status → step → status after, or null when refused. */
    private static final Map<PermitStatus, Map<String, PermitStatus>> TABLE = Map.of(
            PermitStatus.PREPARED, Map.of("submit", PermitStatus.SUBMITTED, "withdraw", PermitStatus.WITHDRAWN),
            PermitStatus.SUBMITTED,
                    Map.of(
                            "requestSupplement",
                            PermitStatus.SUPPLEMENT_REQUESTED,
                            "grant",
                            PermitStatus.GRANTED,
                            "refuse",
                            PermitStatus.REFUSED,
                            "withdraw",
                            PermitStatus.WITHDRAWN),
            PermitStatus.SUPPLEMENT_REQUESTED,
                    Map.of(
                            "supplied",
                            PermitStatus.SUBMITTED,
                            "grant",
                            PermitStatus.GRANTED,
                            "refuse",
                            PermitStatus.REFUSED,
                            "withdraw",
                            PermitStatus.WITHDRAWN),
            PermitStatus.GRANTED, Map.of(),
            PermitStatus.REFUSED, Map.of(),
            PermitStatus.WITHDRAWN, Map.of());

    @Test
    void everyStepFromEveryStatusIsAllowedOrRefusedAsTheTableSays() {
        int allowed = 0;
        int refused = 0;
        for (PermitStatus from : PermitStatus.values()) {
            for (Map.Entry<String, Consumer<PermitTrack>> step : STEPS.entrySet()) {
                PermitTrack track = trackIn(from);
                PermitStatus expected = TABLE.get(from).get(step.getKey());
                if (expected == null) {
                    BusinessException refusal = assertThrows(
                            BusinessException.class, () -> step.getValue().accept(track), from + " " + step.getKey());
                    assertEquals(BusinessException.Kind.CONFLICT, refusal.kind());
                    assertEquals(from, track.getStatus(), "a refused step changes nothing");
                    refused++;
                } else {
                    step.getValue().accept(track);
                    assertEquals(expected, track.getStatus(), from + " " + step.getKey());
                    allowed++;
                }
            }
        }
        assertEquals(10, allowed);
        assertEquals(26, refused);
    }

    @Test
    void aDecisionEndsAnOutstandingSupplementRequestTheSameDay() {
        PermitTrack track = trackIn(PermitStatus.SUPPLEMENT_REQUESTED);
        track.grant(DAY.plusDays(4), "许字第3号", DAY, DAY.plusMonths(1), null);
        assertEquals(null, track.outstandingSupplement());
    }
}
