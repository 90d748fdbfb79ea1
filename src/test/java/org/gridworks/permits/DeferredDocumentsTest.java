package org.gridworks.permits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.gridworks.calendar.OfficialCalendar;
import org.gridworks.calendar.WorkingDayCalendar;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.watch.Colour;
import org.junit.jupiter.api.Test;

/**
 * Documents before grants and deferred documents' colours, on the official calendar around National Day 2024
 * (2024-09-29, a Sunday, and 2024-10-12, a Saturday, were working days; 10-01 to 10-07 were not).
 */
class DeferredDocumentsTest {

    private static final WorkingDayCalendar CAL = OfficialCalendar.CALENDAR;

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void aDeferredDocumentIsInTimeOnItsDateYellowAfterItAndRedFromTheThirdWorkingDayAfter() {
        LocalDate due = d("2024-09-30");
        assertNull(DeferredDocuments.colour(due, d("2024-09-27"), CAL));
        assertNull(DeferredDocuments.colour(due, d("2024-09-30"), CAL), "the date is the end of that day");
        assertEquals(Colour.YELLOW, DeferredDocuments.colour(due, d("2024-10-01"), CAL), "past it, a holiday");
        assertEquals(Colour.YELLOW, DeferredDocuments.colour(due, d("2024-10-07"), CAL), "still 0 working days");
        assertEquals(Colour.YELLOW, DeferredDocuments.colour(due, d("2024-10-08"), CAL));
        assertEquals(Colour.YELLOW, DeferredDocuments.colour(due, d("2024-10-09"), CAL));
        assertEquals(Colour.RED, DeferredDocuments.colour(due, d("2024-10-10"), CAL), "3 working days after");
        assertNull(DeferredDocuments.colour(null, d("2024-10-10"), CAL));
    }

    @Test
    void theSupplementByDateIsAWorkingDayNotInThePast() {
        LocalDate today = d("2024-09-27");
        DeferredDocuments.checkDate(d("2024-09-27"), today, CAL);
        DeferredDocuments.checkDate(d("2024-09-29"), today, CAL); // a Sunday made a working day
        DeferredDocuments.checkDate(d("2024-10-12"), today, CAL); // a Saturday made a working day
        for (String bad : List.of("2024-09-26", "2024-09-28", "2024-10-01", "2024-10-05")) {
            BusinessException refused =
                    assertThrows(BusinessException.class, () -> DeferredDocuments.checkDate(d(bad), today, CAL), bad);
            assertEquals("deferredTo", refused.field());
        }
        assertEquals(
                "permit.deferredDate",
                assertThrows(BusinessException.class, () -> DeferredDocuments.checkDate(null, today, CAL))
                        .messageKey());
        assertEquals(
                "permit.deferredNotWorkingDay",
                assertThrows(BusinessException.class, () -> DeferredDocuments.checkDate(d("2024-10-01"), today, CAL))
                        .messageKey());
    }

    private static PermitTrack submitted() {
        PermitType type = new PermitType("ROAD_EXCAVATION");
        type.set("掘路许可", "Road excavation permit", "市执法局", null, 5, true, List.of("申请表", "施工方案", "交通组织方案"), true);
        PermitTrack track = new PermitTrack(null, type, null, LocalDateTime.of(2024, 9, 20, 9, 0), "clerk");
        track.submit(d("2024-09-23"));
        return track;
    }

    @Test
    void aGrantIsRefusedNamingEveryDocumentNeitherReceivedNorDeferred() {
        PermitTrack track = submitted();
        track.getDocuments().get(0).mark(DocumentState.RECEIVED, null);
        BusinessException refused = assertThrows(
                BusinessException.class,
                () -> track.grant(d("2024-09-27"), "金执掘字第1号", d("2024-09-27"), d("2024-12-31"), null));
        assertEquals(BusinessException.Kind.CONFLICT, refused.kind());
        assertEquals("permit.documentsMissing", refused.messageKey());
        assertEquals("施工方案、交通组织方案", refused.arguments()[0]);
        assertEquals(PermitStatus.SUBMITTED, track.getStatus(), "nothing changed");
        assertEquals(List.of("施工方案", "交通组织方案"), track.missingDocuments());
    }

    @Test
    void aGrantIsAllowedOnceEachDocumentIsReceivedDeferredOrNotNeeded() {
        PermitTrack track = submitted();
        track.getDocuments().get(0).mark(DocumentState.RECEIVED, null);
        track.getDocuments().get(1).mark(DocumentState.DEFERRED, d("2024-09-30"));
        track.getDocuments().get(2).mark(DocumentState.NOT_NEEDED, null);
        track.grant(d("2024-09-27"), "金执掘字第2号", d("2024-09-27"), d("2024-12-31"), null);
        assertEquals(PermitStatus.GRANTED, track.getStatus());
        assertEquals(List.of(), track.missingDocuments());
    }

    @Test
    void aTrackTakesTheWorstColourOfItsDeferredDocumentsUntilItIsRefusedOrWithdrawn() {
        PermitTrack track = submitted();
        track.getDocuments().get(0).mark(DocumentState.DEFERRED, d("2024-10-09"));
        track.getDocuments().get(1).mark(DocumentState.DEFERRED, d("2024-09-30"));
        assertNull(track.documentWarning(CAL, d("2024-09-30")));
        assertEquals(Colour.YELLOW, track.documentWarning(CAL, d("2024-10-08")));
        assertEquals(Colour.RED, track.documentWarning(CAL, d("2024-10-10")));
        track.getDocuments().get(1).mark(DocumentState.RECEIVED, null);
        assertEquals(Colour.YELLOW, track.documentWarning(CAL, d("2024-10-10")), "only the later one is left");
        track.withdraw("路由调整", d("2024-10-10"));
        assertNull(track.documentWarning(CAL, d("2024-10-30")));
    }
}
