package org.gridworks.identity;

import java.io.Serializable;
import java.util.Set;

/** What the session remembers of a page sign-in: who, and the roles they had then (rechecked per request). */
record SignedIn(String login, Set<String> roles) implements Serializable {

    static final String SESSION_KEY = SignedIn.class.getName();

    SignedIn {
        roles = Set.copyOf(roles);
    }
}
