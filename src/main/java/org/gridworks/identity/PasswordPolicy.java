package org.gridworks.identity;

import java.util.Locale;
import org.gridworks.platform.BusinessException;

/**
 * What a password must be: 10 to 128 characters, with letters and digits, not containing the login name.
 * Checked when a password is set, never when signing in.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks the policy, naming the rule in the message. */
    public static void check(String login, String password, String field) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw BusinessException.invalid(field, "password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw BusinessException.invalid(field, "password.tooLong", MAX_LENGTH);
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw BusinessException.invalid(field, "password.needsLettersAndDigits");
        }
        if (login != null && !login.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(login.trim().toLowerCase(Locale.ROOT))) {
            throw BusinessException.invalid(field, "password.containsLogin");
        }
    }
}
