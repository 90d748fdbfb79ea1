package org.gridworks.identity;

import java.io.Serializable;
import java.util.Set;

/** The signed-in user as services need them: login, display name, unit code and roles. */
public record Caller(String login, String displayName, String unit, Set<String> roles) implements Serializable {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Supervisors and administrators: lists show every unit's records. */
    public boolean seesEveryUnit() {
        return UnitScope.seesEveryUnit(roles);
    }

    public boolean mayActIn(String recordUnit) {
        return UnitScope.mayActIn(roles, unit, recordUnit);
    }
}
