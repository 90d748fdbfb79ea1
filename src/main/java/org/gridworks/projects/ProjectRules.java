package org.gridworks.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.gridworks.platform.BusinessException;

/** The checks on a project's facts and on step times; each refusal names the field at fault. */
final class ProjectRules {

    static final BigDecimal MAX_CAPACITY_KW = BigDecimal.valueOf(500_000);
    static final Set<BigDecimal> VOLTAGES = Set.of(new BigDecimal("0.4"), BigDecimal.TEN, BigDecimal.valueOf(20));
    /** Clocks of different machines differ a little; a time this far ahead is still "now". */
    static final int CLOCK_SKEW_MINUTES = 5;

    private ProjectRules() {}

    /**
     * A phone number as people write it (digits, spaces, +, -, brackets) with at least four digits: its last four
     * are the customer's proof on the public progress page.
     */
    static boolean isPhone(String text) {
        String trimmed = text.trim();
        return trimmed.length() <= 32
                && trimmed.matches("[0-9+() -]*")
                && trimmed.chars().filter(Character::isDigit).count() >= 4;
    }

    static void checkFacts(ProjectForm form, LocalDate today) {
        if (form.customerName() == null || form.customerName().isBlank()) {
            throw BusinessException.invalid("customerName", "project.customerRequired");
        }
        if (form.customerName().trim().length() > 200) {
            throw BusinessException.invalid("customerName", "project.tooLong", 200);
        }
        if (form.address() != null && form.address().length() > 300) {
            throw BusinessException.invalid("address", "project.tooLong", 300);
        }
        if (form.contactPhone() != null && !form.contactPhone().isBlank() && !isPhone(form.contactPhone())) {
            throw BusinessException.invalid("contactPhone", "project.contactPhoneInvalid");
        }
        if (form.areaType() == null) {
            throw BusinessException.invalid("areaType", "project.areaRequired");
        }
        if (form.capacityKw() == null
                || form.capacityKw().signum() <= 0
                || form.capacityKw().compareTo(MAX_CAPACITY_KW) > 0) {
            throw BusinessException.invalid("capacityKw", "project.capacityRange", MAX_CAPACITY_KW.toPlainString());
        }
        if (form.voltageKv() == null || VOLTAGES.stream().noneMatch(v -> v.compareTo(form.voltageKv()) == 0)) {
            throw BusinessException.invalid("voltageKv", "project.voltageKnown");
        }
        if (form.acceptedOn() == null) {
            throw BusinessException.invalid("acceptedOn", "project.acceptedRequired");
        }
        if (form.acceptedOn().isAfter(today)) {
            throw BusinessException.invalid("acceptedOn", "project.acceptedInFuture");
        }
        if (form.acceptedOn().isBefore(LocalDate.of(2000, 1, 1))) {
            throw BusinessException.invalid("acceptedOn", "project.acceptedTooOld");
        }
        if (form.categoryOverride() != null
                && (form.overrideReason() == null || form.overrideReason().isBlank())) {
            throw BusinessException.invalid("overrideReason", "project.overrideNeedsReason");
        }
        if (form.overrideReason() != null && form.overrideReason().trim().length() > 500) {
            throw BusinessException.invalid("overrideReason", "project.tooLong", 500);
        }
        if (form.residential() && form.voltageKv().compareTo(BigDecimal.TEN) >= 0) {
            throw BusinessException.invalid("residential", "project.residentialLowVoltage");
        }
    }

    static void checkNotFuture(LocalDateTime at, LocalDateTime now) {
        if (at == null) {
            throw BusinessException.invalid("at", "step.timeRequired");
        }
        if (at.isAfter(now.plusMinutes(CLOCK_SKEW_MINUTES))) {
            throw BusinessException.invalid("at", "step.timeInFuture");
        }
    }

    static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw BusinessException.invalid("reason", "step.reasonRequired");
        }
        if (reason.trim().length() > 500) {
            throw BusinessException.invalid("reason", "project.tooLong", 500);
        }
        return reason.trim();
    }

    /** A time as a refusal shows it ("2025-03-03 09:30"). */
    static String shown(LocalDateTime at) {
        return at.toString().replace('T', ' ');
    }
}
