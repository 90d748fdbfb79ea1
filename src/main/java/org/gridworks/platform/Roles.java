package org.gridworks.platform;

import java.util.List;

/** The roles, as constants for {@code @RolesAllowed}; a user may have several. */
public final class Roles {

    public static final String WAREHOUSE = "WAREHOUSE";
    public static final String PROJECT_MANAGER = "PROJECT_MANAGER";
    public static final String PERMIT_CLERK = "PERMIT_CLERK";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String ADMIN = "ADMIN";

    public static final List<String> ALL = List.of(WAREHOUSE, PROJECT_MANAGER, PERMIT_CLERK, SUPERVISOR, ADMIN);

    private Roles() {}

    public static boolean isKnown(String role) {
        return ALL.contains(role);
    }
}
