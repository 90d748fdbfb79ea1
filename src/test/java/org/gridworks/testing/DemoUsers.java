package org.gridworks.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The demo users the integration tests sign in as (seeded because failsafe sets GRIDWORKS_DEMO_DATA=true). */
public final class DemoUsers {

    public static final String PASSWORD = "gridworks2026";
    public static final String ADMIN = "admin";
    public static final String SUPERVISOR = "supervisor";
    public static final String MANAGER = "manager";
    public static final String WAREHOUSE = "warehouse";
    public static final String CLERK = "clerk";
    /** Every demo user a walk through the whole application signs in as. */
    public static final java.util.List<String> CRAWLED = java.util.List.of(ADMIN, SUPERVISOR, MANAGER, WAREHOUSE, CLERK);

    private DemoUsers() {
    }

    /** The Authorization header value of HTTP Basic for a login and password. */
    public static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String basic(String login) {
        return basic(login, PASSWORD);
    }
}
