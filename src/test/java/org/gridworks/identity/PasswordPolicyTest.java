package org.gridworks.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gridworks.platform.BusinessException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @ParameterizedTest
    @CsvSource({
            "short1, password.tooShort",
            "onlyletterslong, password.needsLettersAndDigits",
            "1234567890123, password.needsLettersAndDigits",
            "xx-Manager-2026, password.containsLogin"
    })
    void refusesWeakPasswordsNamingTheRule(String password, String rule) {
        BusinessException refusal = assertThrows(BusinessException.class,
                () -> PasswordPolicy.check("manager", password, "newPassword"));
        assertEquals(rule, refusal.messageKey());
        assertEquals("newPassword", refusal.field());
        assertEquals(BusinessException.Kind.INVALID, refusal.kind());
    }

    @Test
    void refusesNullAndOverlongPasswords() {
        assertThrows(BusinessException.class, () -> PasswordPolicy.check("x", null, "p"));
        assertEquals("password.tooLong", assertThrows(BusinessException.class,
                () -> PasswordPolicy.check("x", "a1".repeat(65), "p")).messageKey());
    }

    @Test
    void acceptsAGoodPassword() {
        assertDoesNotThrow(() -> PasswordPolicy.check("manager", "river7Stone9", "p"));
        assertDoesNotThrow(() -> PasswordPolicy.check("manager", "电网接入2026ab", "p"));
    }
}
