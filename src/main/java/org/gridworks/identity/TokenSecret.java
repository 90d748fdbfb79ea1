package org.gridworks.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The text of a personal API token and the hash GridWorks keeps of it. A token is {@value #PREFIX} and 32 random
 * bytes in base64url: the prefix lets secret scanners and people recognise a leaked GridWorks token, the 256
 * random bits make guessing hopeless, which is why a plain SHA-256 (no salt, no iterations) is enough to store
 * it, unlike a password. A text that cannot be a token is refused before the database is asked.
 */
final class TokenSecret {

    static final String PREFIX = "gw_";
    static final int RANDOM_BYTES = 32;
    /** 32 bytes are 43 base64url characters without padding. */
    static final int LENGTH = PREFIX.length() + 43;

    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecret() {}

    static String newToken() {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** What the database keeps and looks a presented token up by: SHA-256, 64 lowercase hex digits. */
    static String hashOf(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static boolean wellFormed(String text) {
        if (text == null || text.length() != LENGTH || !text.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < LENGTH; i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
