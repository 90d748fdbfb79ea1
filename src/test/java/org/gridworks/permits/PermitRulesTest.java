package org.gridworks.permits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gridworks.calendar.OfficialCalendar;
import org.gridworks.calendar.WorkingDayCalendar;
import org.gridworks.platform.BusinessException;
import org.gridworks.projects.ClockStatus;
import org.junit.jupiter.api.Test;

class PermitRulesTest {

    private static final WorkingDayCalendar CAL = OfficialCalendar.CALENDAR;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aPermitClockIsGreenOnItsSubmissionDayAndYellowFromOneWorkingDayLeft() {
        // submitted Friday 2024-09-27: 09-29 (Sunday) is a make-up working day, 10-01..10-07 National Day
        assertEquals(ClockStatus.ON_TRACK, permit(1, "2024-09-27"), "1-day limit, day 0");
        assertEquals(ClockStatus.YELLOW, permit(1, "2024-09-29"), "1-day limit, due day");
        assertEquals(ClockStatus.RED, permit(1, "2024-09-30"));
        assertEquals(ClockStatus.ON_TRACK, permit(3, "2024-09-27"), "3-day limit, day 0");
        assertEquals(ClockStatus.ON_TRACK, permit(3, "2024-09-29"));
        assertEquals(ClockStatus.YELLOW, permit(3, "2024-09-30"), "the day before the due day 10-08");
        assertEquals(ClockStatus.YELLOW, permit(3, "2024-10-08"));
        assertEquals(ClockStatus.RED, permit(3, "2024-10-09"));
    }

    @Test
    void aTwentyTwoDayPermitTurnsYellowAtEightyPercent() {
        // submitted Monday 2024-06-03; 06-10 is the Dragon Boat holiday; the 22nd working day is 07-04
        assertEquals(
                d("2024-07-04"),
                PermitClock.compute(d("2024-06-03"), null, 22, List.of(), false, CAL, d("2024-06-03"))
                        .due());
        assertEquals(ClockStatus.ON_TRACK, permit22("2024-06-03"));
        assertEquals(ClockStatus.ON_TRACK, permit22("2024-06-27"), "17 of 22 used");
        assertEquals(ClockStatus.YELLOW, permit22("2024-06-28"), "18 of 22 used");
        assertEquals(ClockStatus.YELLOW, permit22("2024-07-03"), "the day before the due day");
        assertEquals(ClockStatus.YELLOW, permit22("2024-07-04"));
        assertEquals(ClockStatus.RED, permit22("2024-07-05"));
    }

    private static ClockStatus permit(int limit, String today) {
        return PermitClock.compute(d("2024-09-27"), null, limit, List.of(), false, CAL, d(today))
                .status();
    }

    private static ClockStatus permit22(String today) {
        return PermitClock.compute(d("2024-06-03"), null, 22, List.of(), false, CAL, d(today))
                .status();
    }

    @Test
    void theMilestoneIsReachedOnTheDayTheLastRequiredPermitIsGranted() {
        List<PermitsMilestone.TrackState> three = List.of(
                new PermitsMilestone.TrackState(PermitStatus.GRANTED, d("2024-05-06")),
                new PermitsMilestone.TrackState(PermitStatus.GRANTED, d("2024-05-09")),
                new PermitsMilestone.TrackState(PermitStatus.GRANTED, d("2024-05-07")));
        assertEquals(Optional.of(d("2024-05-09")), PermitsMilestone.allGrantedOn(three));
    }

    @Test
    void anyOpenOrRefusedPermitKeepsTheMilestoneOpenButAWithdrawnOneDoesNot() {
        assertEquals(
                Optional.empty(),
                PermitsMilestone.allGrantedOn(List.of(
                        new PermitsMilestone.TrackState(PermitStatus.GRANTED, d("2024-05-06")),
                        new PermitsMilestone.TrackState(PermitStatus.SUBMITTED, null))));
        assertEquals(
                Optional.empty(),
                PermitsMilestone.allGrantedOn(
                        List.of(new PermitsMilestone.TrackState(PermitStatus.REFUSED, d("2024-05-06")))));
        assertEquals(
                Optional.of(d("2024-05-06")),
                PermitsMilestone.allGrantedOn(List.of(
                        new PermitsMilestone.TrackState(PermitStatus.GRANTED, d("2024-05-06")),
                        new PermitsMilestone.TrackState(PermitStatus.WITHDRAWN, null))));
        assertEquals(
                Optional.empty(), PermitsMilestone.allGrantedOn(List.of()), "no permit needed is not 'all granted'");
    }

    @Test
    void aDueDateIn2027IsProvisionalUntilTheTrackIsDecided() {
        // 2027 is not loaded: 2027-01-01 counts as a plain Friday until its notice comes
        PermitClock.Result into2027 =
                PermitClock.compute(d("2026-12-28"), null, 5, List.of(), true, CAL, d("2026-12-29"));
        assertEquals(d("2027-01-04"), into2027.due());
        assertTrue(into2027.provisional());
        PermitClock.Result within2026 =
                PermitClock.compute(d("2026-12-22"), null, 5, List.of(), true, CAL, d("2026-12-23"));
        assertEquals(d("2026-12-29"), within2026.due());
        assertFalse(within2026.provisional());
        assertFalse(
                PermitClock.compute(d("2026-12-28"), d("2026-12-30"), 5, List.of(), true, CAL, d("2026-12-30"))
                        .provisional(),
                "decided: no due date left to move");
    }

    @Test
    void theClockTurnsYellowOneWorkingDayBeforeItsLimitAndRedAfter() {
        LocalDate submitted = d("2024-09-23");
        PermitClock.Result dayBefore = PermitClock.compute(submitted, null, 5, List.of(), true, CAL, d("2024-09-27"));
        assertEquals(4, dayBefore.used());
        assertEquals(ClockStatus.YELLOW, dayBefore.status());
        assertEquals(d("2024-09-29"), dayBefore.due(), "the Sunday worked before National Day counts");
        assertEquals(
                ClockStatus.ON_TRACK,
                PermitClock.compute(submitted, null, 5, List.of(), true, CAL, d("2024-09-25"))
                        .status());
        assertEquals(
                ClockStatus.RED,
                PermitClock.compute(submitted, null, 5, List.of(), true, CAL, d("2024-10-08"))
                        .status());
    }

    @Test
    void anOutstandingSupplementPausesTheClockWhenTheTypeSaysSo() {
        LocalDate submitted = d("2024-03-04");
        List<PermitClock.Pause> pause = List.of(new PermitClock.Pause(d("2024-03-05"), d("2024-03-08")));
        PermitClock.Result paused = PermitClock.compute(submitted, null, 5, pause, true, CAL, d("2024-03-11"));
        assertEquals(5 - 3, paused.used(), "(03-04, 03-11] = 5 working days, 3 of them waiting for the customer");
        assertEquals(CAL.addWorkingDays(submitted, 8).due(), paused.due());
        assertEquals(
                5,
                PermitClock.compute(submitted, null, 5, pause, false, CAL, d("2024-03-11"))
                        .used());
        PermitClock.Result decided =
                PermitClock.compute(submitted, d("2024-03-12"), 5, pause, true, CAL, d("2024-06-01"));
        assertEquals(ClockStatus.MET, decided.status());
        assertNull(decided.due());
    }

    @Test
    void aPermitExpiringBeforeTheWorksEndIsFlagged() {
        assertTrue(PermitsMilestone.expiresTooSoon(d("2024-06-30"), d("2024-07-15")));
        assertFalse(PermitsMilestone.expiresTooSoon(d("2024-07-15"), d("2024-07-15")));
        assertFalse(PermitsMilestone.expiresTooSoon(d("2024-06-30"), null));
    }

    @Test
    void uploadsAreCheckedByTheirContent() {
        byte[] pdf = "%PDF-1.7\n...".getBytes(StandardCharsets.ISO_8859_1);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        assertEquals("application/pdf", UploadCheck.contentType("路由图.pdf", pdf));
        assertEquals("image/png", UploadCheck.contentType("scan.PNG", png));
        assertEquals(
                "upload.nameMismatch",
                assertThrows(BusinessException.class, () -> UploadCheck.contentType("scan.pdf", png))
                        .messageKey());
        assertEquals(
                "upload.unknownType",
                assertThrows(
                                BusinessException.class,
                                () -> UploadCheck.contentType("evil.pdf", "<html>".getBytes(StandardCharsets.UTF_8)))
                        .messageKey());
        assertEquals(
                "upload.tooLarge",
                assertThrows(
                                BusinessException.class,
                                () -> UploadCheck.contentType("big.pdf", new byte[UploadCheck.MAX_BYTES + 1]))
                        .messageKey());
        assertEquals(
                "upload.empty",
                assertThrows(BusinessException.class, () -> UploadCheck.contentType("a.pdf", new byte[0]))
                        .messageKey());
        assertEquals("a_b.pdf", UploadCheck.safeName("C:\\temp\\..\\a\"b.pdf"));
    }
}
