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

    public boolean mayActIn(String recordUnit) {
        return UnitScope.mayActIn(roles, unit, recordUnit);
    }
}
