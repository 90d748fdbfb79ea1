package org.gridworks.identity;

import java.util.Set;

/**
 * The per-record rule: a user acts on records of their own unit; supervisors and administrators act on every
 * unit's records. Services call it for every record they touch.
 */
public final class UnitScope {

    private UnitScope() {
    }

    public static boolean mayActIn(Set<String> callerRoles, String callerUnit, String recordUnit) {
        if (callerRoles.contains(Roles.ADMIN) || callerRoles.contains(Roles.SUPERVISOR)) {
            return true;
        }
        return callerUnit != null && callerUnit.equals(recordUnit);
    }
}
