package org.gridworks.identity;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.gridworks.platform.validation.MaxLength;
import org.gridworks.platform.validation.RequiredText;

/** Personal API tokens as the JSON API reads and writes them; a token's text appears only in {@link Issued}. */
public final class TokenJson {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private TokenJson() {}

    /** What to issue: a name saying what the token is for, and its last day (YYYY-MM-DD; 90 days when absent). */
    public record Input(
            @RequiredText @MaxLength(100) String name,
            @MaxLength(40) String expiresOn) {}

    /** The answer to an issue: the only time the token's text is shown. */
    @JsonbPropertyOrder({"id", "name", "token", "expiresOn"})
    public record Issued(long id, String name, String token, String expiresOn) {
        static Issued of(ApiTokenService.Issued issued) {
            return new Issued(
                    issued.token().getId(),
                    issued.token().getName(),
                    issued.secret(),
                    issued.token().getExpiresOn().toString());
        }
    }

    /** A token in a list: never its text. {@code createdBy} differs from the owner when an administrator issued it. */
    @JsonbPropertyOrder({"id", "name", "createdAt", "createdBy", "expiresOn", "lastUsedAt"})
    @JsonbNillable
    public record Listed(
            long id, String name, String createdAt, String createdBy, String expiresOn, String lastUsedAt) {
        static Listed of(ApiToken token) {
            return new Listed(
                    token.getId(),
                    token.getName(),
                    text(token.getCreatedAt()),
                    token.getCreatedBy(),
                    token.getExpiresOn().toString(),
                    text(token.getLastUsedAt()));
        }
    }

    private static String text(LocalDateTime time) {
        return time == null ? null : time.format(DATE_TIME);
    }
}
