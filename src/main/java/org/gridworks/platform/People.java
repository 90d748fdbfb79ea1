package org.gridworks.platform;

import java.io.Serializable;
import java.util.Map;

/**
 * Who the logins in a list are, as people read them: a user's display name; "system" (work the server did, such as
 * demo data and scans) in the reader's language; the login itself when no user has it (a deleted user, or a name
 * typed as free text), so that nothing recorded is hidden.
 */
public record People(Map<String, String> names, String system) implements Serializable {

    /** The actor recorded for work the server does on its own. */
    public static final String SYSTEM = "system";

    public People {
        names = Map.copyOf(names);
    }

    /** The name to show for a login; null for no login. */
    public String name(String login) {
        if (login == null) {
            return null;
        }
        if (SYSTEM.equals(login)) {
            return system;
        }
        return names.getOrDefault(login, login);
    }
}
