package org.gridworks.identity;

import java.util.Set;
import org.gridworks.platform.Roles;

/**
 * The per-record rule: a user acts on records of their own unit; supervisors and administrators act on every
 * unit's records. Services call it for every record they touch.
 */
public final class UnitScope {

    private UnitScope() {}

    /** Supervisors and administrators see (and act on) every unit's records. */
    public static boolean seesEveryUnit(Set<String> callerRoles) {
        return callerRoles.contains(Roles.ADMIN) || callerRoles.contains(Roles.SUPERVISOR);
    }

    public static boolean mayActIn(Set<String> callerRoles, String callerUnit, String recordUnit) {
        if (seesEveryUnit(callerRoles)) {
            return true;
        }
        return callerUnit != null && callerUnit.equals(recordUnit);
    }
}
