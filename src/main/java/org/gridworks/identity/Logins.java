package org.gridworks.identity;

import java.text.Normalizer;
import java.util.Optional;

/**
 * How a typed login is read before it is looked up: surrounding spaces dropped and Unicode composed (NFC), and
 * nothing at all when it holds control characters (a NUL would otherwise be ignored by the database's comparison).
 * The database compares logins case- and accent-blind, so the lookup keeps only the account whose login is exactly
 * this text: ａｄｍｉｎ, Admin and ädmin are not admin.
 */
final class Logins {

    static final int MAX_LENGTH = 64;

    private Logins() {}

    static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String login = Normalizer.normalize(typed.strip(), Normalizer.Form.NFC);
        if (login.isEmpty() || login.length() > MAX_LENGTH || login.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        return Optional.of(login);
    }
}
