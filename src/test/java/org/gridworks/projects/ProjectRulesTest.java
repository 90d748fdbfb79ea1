package org.gridworks.projects;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.gridworks.platform.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Each of ProjectRules' sixteen refusals with literal inputs: the field at fault, the message key and its
 * arguments, and the last value still accepted beside the first one refused.
 */
class ProjectRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 7);
    private static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 7, 10, 0);

    /** A form a manager might send, changed one field at a time. */
    private static final class Form {
        String customerName = "金华晨光文具店";
        String address = "金华市婺城区八一南街 88 号";
        AreaType areaType = AreaType.URBAN;
        BigDecimal capacityKw = new BigDecimal("60");
        BigDecimal voltageKv = new BigDecimal("0.4");
        boolean residential;
        LocalDate acceptedOn = LocalDate.of(2025, 3, 3);
        Category categoryOverride;
        String overrideReason;

        ProjectForm build() {
            return new ProjectForm(
                    customerName,
                    address,
                    null,
                    null,
                    areaType,
                    capacityKw,
                    voltageKv,
                    false,
                    true,
                    residential,
                    acceptedOn,
                    false,
                    false,
                    categoryOverride,
                    overrideReason,
                    null,
                    0);
        }
    }

    private static ProjectForm form(Consumer<Form> change) {
        Form form = new Form();
        change.accept(form);
        return form.build();
    }

    private static void refused(Executable check, String field, String key, Object... arguments) {
        BusinessException refusal = assertThrows(BusinessException.class, check);
        assertEquals(BusinessException.Kind.INVALID, refusal.kind());
        assertEquals(field, refusal.field());
        assertEquals(key, refusal.messageKey());
        assertEquals(List.of(arguments), List.of(refusal.arguments()));
    }

    private static void factsRefused(Consumer<Form> change, String field, String key, Object... arguments) {
        refused(() -> ProjectRules.checkFacts(form(change), TODAY), field, key, arguments);
    }

    private static void factsAccepted(Consumer<Form> change) {
        assertDoesNotThrow(() -> ProjectRules.checkFacts(form(change), TODAY));
    }

    @Test
    void theSampleFormPasses() {
        factsAccepted(f -> {});
    }

    @Test
    void theCustomerNameIsRequired() {
        factsRefused(f -> f.customerName = null, "customerName", "project.customerRequired");
        factsRefused(f -> f.customerName = " \t", "customerName", "project.customerRequired");
    }

    @Test
    void theCustomerNameHasAtMost200CharactersAfterTrimming() {
        factsAccepted(f -> f.customerName = "  " + "电".repeat(200) + "  ");
        factsRefused(f -> f.customerName = "电".repeat(201), "customerName", "project.tooLong", 200);
    }

    @Test
    void theAddressHasAtMost300Characters() {
        factsAccepted(f -> f.address = null);
        factsAccepted(f -> f.address = "路".repeat(300));
        factsRefused(f -> f.address = "路".repeat(301), "address", "project.tooLong", 300);
    }

    @Test
    void theAreaIsRequired() {
        factsRefused(f -> f.areaType = null, "areaType", "project.areaRequired");
    }

    @Test
    void theCapacityIsAbove0AndAtMost500000Kw() {
        factsAccepted(f -> f.capacityKw = new BigDecimal("0.1"));
        factsAccepted(f -> f.capacityKw = new BigDecimal("500000"));
        factsRefused(f -> f.capacityKw = null, "capacityKw", "project.capacityRange", "500000");
        factsRefused(f -> f.capacityKw = BigDecimal.ZERO, "capacityKw", "project.capacityRange", "500000");
        factsRefused(f -> f.capacityKw = new BigDecimal("500000.1"), "capacityKw", "project.capacityRange", "500000");
    }

    @Test
    void theVoltageIsOneOfTheThreeSupplyVoltages() {
        factsAccepted(f -> f.voltageKv = new BigDecimal("10.0"));
        factsAccepted(f -> f.voltageKv = new BigDecimal("20"));
        factsRefused(f -> f.voltageKv = null, "voltageKv", "project.voltageKnown");
        factsRefused(f -> f.voltageKv = new BigDecimal("35"), "voltageKv", "project.voltageKnown");
    }

    @Test
    void theAcceptanceDateIsRequired() {
        factsRefused(f -> f.acceptedOn = null, "acceptedOn", "project.acceptedRequired");
    }

    @Test
    void theAcceptanceDateIsNotAfterToday() {
        factsAccepted(f -> f.acceptedOn = LocalDate.of(2025, 3, 7));
        factsRefused(f -> f.acceptedOn = LocalDate.of(2025, 3, 8), "acceptedOn", "project.acceptedInFuture");
    }

    @Test
    void theAcceptanceDateIsNotBefore2000() {
        factsAccepted(f -> f.acceptedOn = LocalDate.of(2000, 1, 1));
        factsRefused(f -> f.acceptedOn = LocalDate.of(1999, 12, 31), "acceptedOn", "project.acceptedTooOld");
    }

    @Test
    void anOverrideOfTheCategoryNeedsAReason() {
        factsRefused(f -> f.categoryOverride = Category.LV_OTHER, "overrideReason", "project.overrideNeedsReason");
        factsRefused(
                f -> {
                    f.categoryOverride = Category.LV_OTHER;
                    f.overrideReason = "  ";
                },
                "overrideReason",
                "project.overrideNeedsReason");
        factsAccepted(f -> {
            f.categoryOverride = Category.LV_OTHER;
            f.overrideReason = "客户不属于小微企业";
        });
    }

    @Test
    void theOverrideReasonHasAtMost500CharactersAfterTrimming() {
        factsAccepted(f -> {
            f.categoryOverride = Category.LV_OTHER;
            f.overrideReason = "理".repeat(500) + " ";
        });
        factsRefused(
                f -> {
                    f.categoryOverride = Category.LV_OTHER;
                    f.overrideReason = "理".repeat(501);
                },
                "overrideReason",
                "project.tooLong",
                500);
    }

    @Test
    void residentialCustomersAreLowVoltage() {
        factsAccepted(f -> f.residential = true);
        factsRefused(
                f -> {
                    f.residential = true;
                    f.voltageKv = BigDecimal.TEN;
                },
                "residential",
                "project.residentialLowVoltage");
    }

    @Test
    void aStepTimeIsRequired() {
        refused(() -> ProjectRules.checkNotFuture(null, NOW), "at", "step.timeRequired");
    }

    @Test
    void aStepTimeIsNotLaterThanNowBeyondFiveMinutesOfClockSkew() {
        assertDoesNotThrow(() -> ProjectRules.checkNotFuture(LocalDateTime.of(2025, 3, 7, 10, 5), NOW));
        refused(
                () -> ProjectRules.checkNotFuture(LocalDateTime.of(2025, 3, 7, 10, 5, 1), NOW),
                "at",
                "step.timeInFuture");
    }

    @Test
    void aReasonIsRequired() {
        refused(() -> ProjectRules.reason(null), "reason", "step.reasonRequired");
        refused(() -> ProjectRules.reason("   "), "reason", "step.reasonRequired");
    }

    @Test
    void aReasonHasAtMost500CharactersAndComesBackTrimmed() {
        assertEquals("客户要求暂缓", ProjectRules.reason("  客户要求暂缓 "));
        assertEquals(500, ProjectRules.reason(" " + "等".repeat(500) + " ").length());
        refused(() -> ProjectRules.reason("等".repeat(501)), "reason", "project.tooLong", 500);
    }
}
