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
    /** 金东 (JD): a second unit's project manager and approval clerk. */
    public static final String MANAGER_JD = "manager-jd";

    public static final String CLERK_JD = "clerk-jd";
    /** The warehouse staff of the other units' warehouses (WAREHOUSE keeps 婺城's). */
    public static final String WAREHOUSE_JH = "warehouse-jh";

    public static final String WAREHOUSE_JD = "warehouse-jd";
    public static final String WAREHOUSE_LX = "warehouse-lx";
    public static final String WAREHOUSE_DY = "warehouse-dy";
    public static final String WAREHOUSE_YW = "warehouse-yw";
    public static final String WAREHOUSE_YK = "warehouse-yk";
    public static final String WAREHOUSE_PJ = "warehouse-pj";
    public static final String WAREHOUSE_WY = "warehouse-wy";
    public static final String WAREHOUSE_PA = "warehouse-pa";
    /** Every demo user a walk through the whole application signs in as: each role, and a second unit's staff. */
    public static final java.util.List<String> CRAWLED =
            java.util.List.of(ADMIN, SUPERVISOR, MANAGER, WAREHOUSE, CLERK, MANAGER_JD, CLERK_JD, WAREHOUSE_JD);

    private DemoUsers() {}

    /** The Authorization header value of HTTP Basic for a login and password. */
    public static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String basic(String login) {
        return basic(login, PASSWORD);
    }
}
