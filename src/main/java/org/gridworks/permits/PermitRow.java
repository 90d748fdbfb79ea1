package org.gridworks.permits;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import org.gridworks.platform.watch.Colour;
import org.gridworks.projects.ClockStatus;

/**
 * A permit track as the board and the project's permit page show it, with its clock worked out; provisional: the
 * due date falls in a year whose calendar is not loaded.
 */
public record PermitRow(
        long id,
        long projectId,
        String projectNumber,
        String customer,
        String typeCode,
        String typeName,
        String authority,
        PermitStatus status,
        LocalDate submittedOn,
        LocalDate due,
        boolean provisional,
        LocalDate decidedOn,
        ClockStatus clock,
        int used,
        int limit,
        String permitNumber,
        LocalDate validFrom,
        LocalDate validTo,
        boolean expiresTooSoon,
        int version,
        Colour documentWarning)
        implements Serializable {

    static PermitRow of(PermitTrack track, PermitClock.Result clock, Colour documentWarning, Locale locale) {
        return new PermitRow(
                track.getId(),
                track.getProject().getId(),
                track.getProject().getNumber(),
                track.getProject().getCustomerName(),
                track.getType().getCode(),
                track.getType().name(locale),
                track.getType().authority(locale),
                track.getStatus(),
                track.getSubmittedOn(),
                clock.due(),
                clock.provisional(),
                track.getDecidedOn(),
                clock.status(),
                clock.used(),
                clock.limit(),
                track.getPermitNumber(),
                track.getValidFrom(),
                track.getValidTo(),
                track.isExpiringTooSoon(),
                track.getVersion(),
                documentWarning);
    }

    /** YELLOW or RED while a deferred document is past its supplement-by date, else empty. */
    public String getDocumentWarningName() {
        return documentWarning == null ? "" : documentWarning.name();
    }

    public String getClockName() {
        return clock == null ? "" : clock.name();
    }
}
