package org.gridworks.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.gridworks.platform.Roles;
import org.junit.jupiter.api.Test;

class UnitScopeTest {

    @Test
    void staffActOnlyInTheirOwnUnit() {
        for (String role : Set.of(Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK)) {
            assertTrue(UnitScope.mayActIn(Set.of(role), "WC", "WC"), role);
            assertFalse(UnitScope.mayActIn(Set.of(role), "WC", "JD"), role);
        }
    }

    @Test
    void supervisorsAndAdministratorsActEverywhere() {
        assertTrue(UnitScope.mayActIn(Set.of(Roles.SUPERVISOR), "JH", "PA"));
        assertTrue(UnitScope.mayActIn(Set.of(Roles.ADMIN), "JH", "YW"));
        assertTrue(UnitScope.mayActIn(Set.of(Roles.PROJECT_MANAGER, Roles.SUPERVISOR), "WC", "JD"));
    }

    @Test
    void aUserWithoutUnitActsNowhere() {
        assertFalse(UnitScope.mayActIn(Set.of(Roles.WAREHOUSE), null, "WC"));
        assertFalse(UnitScope.mayActIn(Set.of(), "WC", null));
    }

    @Test
    void callerCarriesTheRule() {
        Caller manager = new Caller("manager", "李项目", "WC", Set.of(Roles.PROJECT_MANAGER));
        assertTrue(manager.mayActIn("WC"));
        assertFalse(manager.mayActIn("LX"));
    }
}
