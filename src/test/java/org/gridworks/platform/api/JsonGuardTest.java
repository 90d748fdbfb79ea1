package org.gridworks.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonGuardTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static InvalidInputException.Fault refused(String body) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> JsonGuard.read(bytes(body)));
        return e.faults().get(0);
    }

    @Test
    void readsAWellFormedBody() {
        JsonObject value = (JsonObject) JsonGuard.read(bytes("{\"a\":[1,2,{\"b\":null}],\"c\":\"x\",\"d\":true}"));
        assertEquals(3, value.getJsonArray("a").size());
        assertEquals("x", value.getString("c"));
    }

    @Test
    void anEmptyBodyIsNoValue() {
        assertNull(JsonGuard.read(bytes("")));
        assertNull(JsonGuard.read(bytes("  \n")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{",
                "{\"x\":{",
                "{\"x\":[",
                "[[[[",
                "{\"a\":1}}",
                "{\"a\":1} x",
                "{\"a\":1}{}",
                "nul",
                "{\"a\":}",
                "{'a':1}",
                "{\"a\":1,}",
                "\"open",
                "{\"a\":01}",
                "\u0000"
            })
    void brokenJsonIsRefusedQuickly(String body) {
        InvalidInputException.Fault fault = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> refused(body));
        assertEquals("api.json.malformed", fault.messageKey());
    }

    @Test
    void thirtyTwoLevelsAreReadAndThirtyThreeRefused() {
        JsonGuard.read(bytes("[".repeat(32) + "]".repeat(32)));
        assertEquals(
                "api.json.tooDeep", refused("[".repeat(33) + "]".repeat(33)).messageKey());
    }

    @Test
    void deepUnclosedNestingIsRefusedAtTheLimitNotAfterReadingItAll() {
        String body = "{\"x\":".repeat(200_000);
        InvalidInputException.Fault fault = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> refused(body));
        assertEquals("api.json.tooDeep", fault.messageKey());
    }

    @Test
    void aDuplicateKeyIsRefusedNamingIt() {
        InvalidInputException.Fault fault = refused("{\"lines\":[{\"quantity\":1,\"quantity\":2}]}");
        assertEquals("api.json.duplicateKey", fault.messageKey());
        assertEquals("lines[0].quantity", fault.field());
    }

    @Test
    void hugeExponentsAreRefusedBeforeAnyArithmetic() {
        assertEquals(
                "api.json.numberOutOfRange",
                refused("{\"capacityKw\":1e999999999}").messageKey());
        assertEquals("capacityKw", refused("{\"capacityKw\":1e999999999}").field());
    }

    @Test
    void aMegabyteStringIsJustAString() {
        String big = "a".repeat(1024 * 1024);
        JsonObject value = (JsonObject) JsonGuard.read(bytes("{\"name\":\"" + big + "\"}"));
        assertEquals(big.length(), value.getString("name").length());
    }
}
