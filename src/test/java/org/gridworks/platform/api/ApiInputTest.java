package org.gridworks.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiInputTest {

    private static final Annotation[] FROM = annotationsOf("from");

    static class Holder {
        @SuppressWarnings("unused")
        void method(@QueryParam("from") String from) {}
    }

    private static Annotation[] annotationsOf(String name) {
        try {
            return Holder.class.getDeclaredMethod("method", String.class).getParameterAnnotations()[0];
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> ParamConverter<T> converter(Class<T> type) {
        return new ApiParamConverters().getConverter(type, type, FROM);
    }

    @Test
    void readsDatesAndTimes() {
        assertEquals(LocalDate.of(2024, 10, 8), converter(LocalDate.class).fromString("2024-10-08"));
        assertEquals(
                LocalDateTime.of(2024, 10, 8, 9, 30),
                converter(LocalDateTime.class).fromString("2024-10-08T09:30"));
        assertEquals(
                LocalDateTime.of(2024, 10, 8, 0, 0),
                converter(LocalDateTime.class).fromString("2024-10-08"));
        assertNull(converter(LocalDate.class).fromString(""));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-13-01",
                "2024-02-30",
                "+99999-12-31",
                "1899-12-31",
                "2201-01-01",
                "08.10.2024",
                "[]",
                "2024-10-08T25:00"
            })
    void oddDatesAreRefusedNamingTheField(String text) {
        // (the converter turns this into a BadParameterException, which needs a JAX-RS runtime to exist)
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ApiInput.date("from", text));
        assertEquals("from", e.faults().get(0).field());
        assertEquals("api.badDate", e.faults().get(0).messageKey());
    }

    @Test
    void numbersMustFitTheirType() {
        assertEquals(7, converter(Integer.class).fromString(" 7 "));
        assertEquals(4294967296L, converter(Long.class).fromString("4294967296"));
        assertEquals(
                "api.badNumber",
                assertThrows(
                                InvalidInputException.class,
                                () -> ApiInput.whole("id", "4294967296", Integer.MIN_VALUE, Integer.MAX_VALUE))
                        .getMessage());
        assertThrows(InvalidInputException.class, () -> ApiInput.whole("id", "1e3", 0, Long.MAX_VALUE));
        assertThrows(InvalidInputException.class, () -> ApiInput.whole("id", "abc", 0, Long.MAX_VALUE));
    }

    @Test
    void codesInAnyCaseButNoOthers() {
        assertEquals(Month.MAY, converter(Month.class).fromString("may"));
        assertEquals(
                "api.unknownCode",
                assertThrows(InvalidInputException.class, () -> ApiInput.code(Month.class, "month", "MAI"))
                        .getMessage());
    }

    @Test
    void echoedTextIsCutShort() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> ApiInput.date("on", "x".repeat(10_000)));
        assertEquals(41, ((String) e.faults().get(0).arguments()[0]).length());
    }

    @Test
    void otherTypesAreLeftToJaxRs() {
        assertNull(new ApiParamConverters().getConverter(String.class, String.class, FROM));
    }
}
