package org.gridworks.platform.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gridworks.platform.i18n.CallerLocale;
import org.gridworks.projects.ProjectResource.ProjectInput;
import org.gridworks.requests.RequestJson.LineIn;
import org.gridworks.requests.RequestJson.RequestIn;
import org.gridworks.stock.StockJson.MovementInput;
import org.junit.jupiter.api.Test;

/** The composed constraints on the API's records, run by a real Bean Validation provider. */
class InputConstraintsTest {

    /** Configured as on the server (META-INF/validation.xml): messages in the caller's language. */
    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static <T> Map<String, String> faults(Locale caller, T input) {
        CallerLocale.set(caller);
        try {
            Map<String, String> faults = new TreeMap<>();
            for (ConstraintViolation<T> v : VALIDATOR.validate(input)) {
                faults.put(v.getPropertyPath().toString(), v.getMessage());
            }
            return faults;
        } finally {
            CallerLocale.clear();
        }
    }

    private static ProjectInput project(String name, String capacity, String voltage, Integer version) {
        return new ProjectInput(
                name,
                "解放路 1 号",
                null,
                null,
                null,
                capacity == null ? null : new BigDecimal(capacity),
                voltage == null ? null : new BigDecimal(voltage),
                false,
                false,
                false,
                null,
                true,
                false,
                null,
                null,
                null,
                version);
    }

    @Test
    void aValidProjectPasses() {
        assertEquals(Map.of(), faults(CHINESE, project("某某公司", "630", "10", 0)));
    }

    @Test
    void everyInvalidFieldIsNamedAtOnceWithItsOwnMessage() {
        Map<String, String> faults = faults(CHINESE, project("  ", "1e15", "10.25", -1));
        assertEquals(Set.of("customerName", "capacityKw", "voltageKv", "version"), faults.keySet());
        assertEquals("必须填写", faults.get("customerName"));
        assertEquals("必须大于 0，最多 9 位整数和 1 位小数", faults.get("capacityKw"));
        assertEquals("版本号不能为负数", faults.get("version"));
    }

    @Test
    void zeroAndNegativeMeasuresAreRefused() {
        assertEquals(
                Set.of("capacityKw", "voltageKv"),
                faults(CHINESE, project("甲", "0", "-10", null)).keySet());
        assertEquals(
                Set.of("capacityKw", "voltageKv"),
                faults(CHINESE, project("甲", null, null, null)).keySet());
    }

    @Test
    void textsLongerThanTheirColumnAreRefused() {
        Map<String, String> faults = faults(CHINESE, project("名".repeat(201), "630", "10", null));
        assertEquals(Map.of("customerName", "最多 200 个字符"), faults);
        assertEquals(Map.of(), faults(CHINESE, project("名".repeat(200), "630", "10", null)));
    }

    @Test
    void requestLinesAreCheckedOneByOne() {
        RequestIn in = new RequestIn(
                null,
                null,
                java.util.Arrays.asList(
                        new LineIn("M-1", 0),
                        new LineIn("", 3),
                        null,
                        new LineIn("M-2", 1_000_001),
                        new LineIn("M-3", 1_000_000)));
        Map<String, String> faults = faults(CHINESE, in);
        assertEquals(
                Set.of("lines[0].quantity", "lines[1].material", "lines[2].<list element>", "lines[3].quantity"),
                faults.keySet(),
                faults.toString());
        assertEquals("必须是 1 到 1,000,000 之间的整数", faults.get("lines[0].quantity"));
    }

    @Test
    void aRequestNeedsLinesAndAtMostFifty() {
        assertEquals(
                Set.of("lines"),
                faults(CHINESE, new RequestIn(null, null, List.of())).keySet());
        assertEquals(
                Set.of("lines"),
                faults(CHINESE, new RequestIn(null, null, null)).keySet());
        List<LineIn> many = java.util.stream.IntStream.range(0, 51)
                .mapToObj(i -> new LineIn("M-" + i, 1))
                .toList();
        assertEquals(Map.of("lines", "最多 50 项"), faults(CHINESE, new RequestIn(null, null, many)));
    }

    @Test
    void aPostingQuantityIsBoundedBothWaysAndSpeaksEnglishToo() {
        MovementInput tooMuch = new MovementInput("k", "RECEIPT", "M-1", "WH", -1_000_001, null, null, null, 0L, null);
        Map<String, String> faults = faults(Locale.ENGLISH, tooMuch);
        assertEquals(
                Map.of(
                        "quantity",
                        "must be between -1,000,000 and 1,000,000",
                        "transfer",
                        "must be a positive whole number"),
                faults);
        assertTrue(faults(CHINESE, new MovementInput("k", "ADJUSTMENT", "M-1", "WH", -3, "盘亏", null, null, null, null))
                .isEmpty());
    }
}
