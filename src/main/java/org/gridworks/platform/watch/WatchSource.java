package org.gridworks.platform.watch;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One kind of watched record, implemented by the area that owns it together with its colour rule (a CDI bean; the
 * warning scan and the dashboards collect every implementation). The scan runs without a signed-in user, so a
 * source reads its records itself and names the people who answer for each.
 */
public interface WatchSource {

    SubjectType type();

    /** Every kind of record this source raises warnings for: its own type, and any it watches beside it. */
    default Set<SubjectType> types() {
        return Set.of(type());
    }

    /** Every record of this kind that is yellow or red now. */
    List<Watched> watched();

    /**
     * How many records of this kind are yellow and red now, per unit, for the given units (all units when null):
     * counted in the database as far as the colour rule allows, without building a {@link Watched} per record.
     */
    Map<Long, Counts> countByUnit(Collection<Long> units);

    /** The page (context-relative address) that shows a subject of this kind. */
    String page(long subjectId, Long projectId);

    /** Yellow and red records of one unit. */
    record Counts(long yellow, long red) {

        public static final Counts NONE = new Counts(0, 0);

        public long of(Colour colour) {
            return colour == Colour.RED ? red : yellow;
        }

        public Counts plus(Colour colour, long n) {
            return colour == Colour.RED ? new Counts(yellow, red + n) : new Counts(yellow + n, red);
        }

        public Counts plus(Counts other) {
            return new Counts(yellow + other.yellow, red + other.red);
        }
    }
}
