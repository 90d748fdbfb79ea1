package org.gridworks.capacity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The checks of one capacity row, every field at once, without a database: the page, the API and each import row. */
public final class CapacityRules {

    /** The largest figure taken: 10,000 MVA is more than a 500 kV substation; a bigger number is a typing slip. */
    public static final int MAX_KVA = 10_000_000;

    static final BigDecimal MAX_KV = new BigDecimal("1000");
    static final int MAX_NAME = 100;

    private CapacityRules() {}

    /** A field at fault: its name, the bundle key of the message and the message's arguments. */
    public record Problem(String field, String messageKey, Object... arguments) {}

    /** Every problem of the row; empty when it may be saved. {@code today} bounds the date (no figures of the future). */
    public static List<Problem> check(CapacityForm form, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (blank(form.substation())) {
            problems.add(new Problem("substation", "capacity.substationRequired"));
        } else if (form.substation().trim().length() > MAX_NAME) {
            problems.add(new Problem("substation", "capacity.tooLong", MAX_NAME));
        }
        if (!blank(form.feeder()) && form.feeder().trim().length() > MAX_NAME) {
            problems.add(new Problem("feeder", "capacity.tooLong", MAX_NAME));
        }
        if (form.voltageKv() == null) {
            problems.add(new Problem("voltageKv", "capacity.voltageRequired"));
        } else if (form.voltageKv().signum() <= 0
                || form.voltageKv().compareTo(MAX_KV) > 0
                || form.voltageKv().stripTrailingZeros().scale() > 1) {
            problems.add(new Problem("voltageKv", "capacity.voltageRange"));
        }
        if (blank(form.unit())) {
            problems.add(new Problem("unit", "capacity.unitRequired"));
        }
        if (form.availableKva() == null) {
            problems.add(new Problem("availableKva", "capacity.kvaRequired"));
        } else if (form.availableKva() < 0 || form.availableKva() > MAX_KVA) {
            problems.add(new Problem("availableKva", "capacity.kvaRange", MAX_KVA));
        }
        if (form.updatedOn() == null) {
            problems.add(new Problem("updatedOn", "capacity.dateRequired"));
        } else if (form.updatedOn().isAfter(today)) {
            problems.add(new Problem("updatedOn", "capacity.dateFuture"));
        }
        return problems;
    }

    /** A blank feeder is the substation's own row. */
    static String feeder(String typed) {
        return blank(typed) ? null : typed.trim();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
