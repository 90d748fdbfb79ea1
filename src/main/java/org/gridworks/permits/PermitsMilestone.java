package org.gridworks.permits;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * The project's "permits granted" milestone: reached on the day the last required permit is granted. A
 * withdrawn track is no longer required; a refused one still is (it must be applied for again), so it keeps
 * the milestone open. No track at all means no permit is needed, which is not the same as "all granted".
 */
public final class PermitsMilestone {

    /** The state of a track as the rule needs it. */
    public record TrackState(PermitStatus status, LocalDate decidedOn) {}

    private PermitsMilestone() {}

    public static Optional<LocalDate> allGrantedOn(Collection<TrackState> tracks) {
        LocalDate last = null;
        boolean any = false;
        for (TrackState track : tracks) {
            if (track.status() == PermitStatus.WITHDRAWN) {
                continue;
            }
            if (track.status() != PermitStatus.GRANTED || track.decidedOn() == null) {
                return Optional.empty();
            }
            any = true;
            if (last == null || track.decidedOn().isAfter(last)) {
                last = track.decidedOn();
            }
        }
        return any ? Optional.of(last) : Optional.empty();
    }

    /** A permit that runs out before the works it covers end. */
    public static boolean expiresTooSoon(LocalDate validTo, LocalDate worksUntil) {
        return validTo != null && worksUntil != null && validTo.isBefore(worksUntil);
    }
}
