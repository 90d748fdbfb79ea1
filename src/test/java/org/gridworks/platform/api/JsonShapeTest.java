package org.gridworks.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonShapeTest {

    enum Kind {
        RECEIPT,
        ISSUE
    }

    record Line(String material, Integer quantity) {}

    record Input(
            String key,
            Kind type,
            Integer quantity,
            Long transfer,
            BigDecimal kw,
            Boolean flag,
            List<Line> lines,
            Set<String> roles) {}

    private static List<String> faults(String json) {
        return JsonShape.check(JsonGuard.read(json.getBytes(StandardCharsets.UTF_8)), Input.class).stream()
                .map(f -> f.field() + ":" + f.messageKey())
                .toList();
    }

    @Test
    void aBodyThatFitsHasNoFaults() {
        assertEquals(
                List.of(),
                faults(
                        "{\"key\":\"k\",\"type\":\"RECEIPT\",\"quantity\":3,\"transfer\":9,"
                                + "\"kw\":12.5,\"flag\":false,\"lines\":[{\"material\":\"M\",\"quantity\":1}],\"roles\":[\"A\"]}"));
        assertEquals(List.of(), faults("{\"key\":null,\"lines\":null,\"quantity\":3.0}"));
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        assertEquals(
                List.of(
                        "key:api.json.expectText",
                        "type:api.unknownCode",
                        "quantity:api.json.expectWholeNumber",
                        "kw:api.json.expectNumber",
                        "flag:api.json.expectBoolean"),
                faults("{\"key\":[],\"type\":\"receipt\",\"quantity\":\"\",\"kw\":{},\"flag\":\"yes\"}"));
    }

    @Test
    void numbersThatDoNotFitAreRefusedNotWrapped() {
        assertEquals(List.of("quantity:api.json.numberOutOfRange"), faults("{\"quantity\":4294967306}"));
        assertEquals(List.of("quantity:api.json.expectWholeNumber"), faults("{\"quantity\":1.5}"));
        assertEquals(List.of("transfer:api.json.numberOutOfRange"), faults("{\"transfer\":9223372036854775808}"));
    }

    @Test
    void nestedFieldsAreNamedWithTheirPath() {
        assertEquals(
                List.of(
                        "lines[1].quantity:api.json.expectWholeNumber",
                        "lines[2]:api.json.expectObject",
                        "roles[0]:api.json.expectText"),
                faults("{\"lines\":[{\"quantity\":1},{\"quantity\":[]},7],\"roles\":[{}]}"));
        assertEquals(List.of("lines:api.json.expectList"), faults("{\"lines\":{}}"));
        assertEquals(List.of("roles[1]:api.json.required"), faults("{\"roles\":[\"A\",null]}"));
    }

    @Test
    void unknownPropertiesAreRefusedByName() {
        assertEquals(
                List.of("x:api.json.unknownProperty", "lines[0].colour:api.json.unknownProperty"),
                faults("{\"x\":{\"y\":1},\"lines\":[{\"colour\":\"red\"}]}"));
    }

    @Test
    void aBodyThatIsNoObjectIsRefused() {
        assertEquals(List.of("null:api.json.expectObject"), faults("[]"));
        assertEquals(List.of("null:api.json.expectObject"), faults("\"text\""));
    }

    @Test
    void faultsAreCappedForHugeArrays() {
        String many = "{\"roles\":[" + "1,".repeat(10_000) + "1]}";
        assertEquals(JsonShape.MAX_FAULTS, faults(many).size());
    }
}
