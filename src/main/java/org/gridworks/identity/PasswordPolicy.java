package org.gridworks.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.gridworks.platform.BusinessException;

/**
 * What a password must be, after OWASP ASVS 5.0: 12 to 128 characters of any kind (no composition rules), not one
 * of the 30,000 most common passwords (with or without digits at its end), not containing the login or the name
 * of this application, and not a run of a few characters repeated (ten spaces and "a1"). Checked when a password is
 * set, never when signing in.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** Fewer distinct characters than this is a pattern, not a password. */
    static final int MIN_DISTINCT = 5;
    /** Words everyone here would try first. */
    private static final Set<String> CONTEXT_WORDS = Set.of("gridworks", "国网", "供电");

    private PasswordPolicy() {}

    /** Refuses a password that breaks the policy, naming the rule in the message. */
    public static void check(String login, String password, String field) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw BusinessException.invalid(field, "password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw BusinessException.invalid(field, "password.tooLong", MAX_LENGTH);
        }
        if (password.codePoints().anyMatch(Character::isISOControl)) {
            throw BusinessException.invalid(field, "password.controlCharacter");
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT) {
            throw BusinessException.invalid(field, "password.tooSimple");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (login != null && !login.isBlank() && lower.contains(login.trim().toLowerCase(Locale.ROOT))) {
            throw BusinessException.invalid(field, "password.containsLogin");
        }
        if (CONTEXT_WORDS.stream().anyMatch(lower::contains) || isCommon(lower)) {
            throw BusinessException.invalid(field, "password.common");
        }
    }

    /** On the list as it is, or once the digits people append to a common word are taken off. */
    static boolean isCommon(String lowerCase) {
        return Common.LIST.contains(lowerCase) || Common.LIST.contains(lowerCase.replaceFirst("[0-9!._-]+$", ""));
    }

    /** The bundled list, read once when first needed. */
    private static final class Common {

        static final Set<String> LIST = read();

        private static Set<String> read() {
            Set<String> words = new HashSet<>(40_000);
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    PasswordPolicy.class.getResourceAsStream("common-passwords.txt"), StandardCharsets.UTF_8))) {
                in.lines()
                        .filter(line -> !line.startsWith("#") && !line.isBlank())
                        .forEach(words::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(words);
        }
    }
}
