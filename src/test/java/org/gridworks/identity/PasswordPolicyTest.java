package org.gridworks.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gridworks.platform.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "short1river| password.tooShort",
                "password12| password.tooShort",
                "'          a1'| password.tooSimple",
                "abababababababab| password.tooSimple",
                "xx-Manager-2026x| password.containsLogin",
                "gridworks2026| password.common",
                "Gridworks-Secret| password.common",
                "qwertyuiop123| password.common",
                "password123456| password.common",
                "1qaz2wsx3edc| password.common"
            })
    void refusesWeakPasswordsNamingTheRule(String password, String rule) {
        BusinessException refusal =
                assertThrows(BusinessException.class, () -> PasswordPolicy.check("manager", password, "newPassword"));
        assertEquals(rule, refusal.messageKey());
        assertEquals("newPassword", refusal.field());
        assertEquals(BusinessException.Kind.INVALID, refusal.kind());
    }

    @Test
    void refusesControlCharacters() {
        assertEquals(
                "password.controlCharacter",
                assertThrows(BusinessException.class, () -> PasswordPolicy.check("x", "river7Stone9\u0000", "p"))
                        .messageKey());
    }

    @Test
    void refusesNullAndOverlongPasswords() {
        assertThrows(BusinessException.class, () -> PasswordPolicy.check("x", null, "p"));
        assertEquals(
                "password.tooLong",
                assertThrows(BusinessException.class, () -> PasswordPolicy.check("x", "a1".repeat(65), "p"))
                        .messageKey());
    }

    @Test
    void acceptsLongPasswordsOfAnyKind() {
        assertDoesNotThrow(() -> PasswordPolicy.check("manager", "river7Stone9", "p"));
        assertDoesNotThrow(() -> PasswordPolicy.check("manager", "电网接入配套工程二〇二六", "p"), "no digits or letters needed");
        assertDoesNotThrow(() -> PasswordPolicy.check("manager", "correct horse battery", "p"), "spaces allowed");
    }
}
