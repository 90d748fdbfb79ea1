package org.gridworks.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridworks.platform.Roles;
import org.junit.jupiter.api.Test;

/** The demo accounts README lists: the first five stay as tests rely on them, and every warehouse has a keeper. */
class DemoAccountsTest {

    @Test
    void theFirstFiveLoginsKeepTheirNamesUnitsAndRoles() {
        List<String> firstFive = FirstAccounts.DEMO_USERS.subList(0, 5).stream()
                .map(user -> String.join("|", user))
                .toList();
        assertEquals(
                List.of(
                        "admin|系统管理员|JH|ADMIN",
                        "supervisor|王督办|JH|SUPERVISOR",
                        "manager|李项目|WC|PROJECT_MANAGER",
                        "warehouse|张仓管|WC|WAREHOUSE",
                        "clerk|陈审批|WC|PERMIT_CLERK"),
                firstFive);
    }

    @Test
    void everyUnitWithAWarehouseHasWarehouseStaff() {
        // the units sql/V7__inventory.sql gives a warehouse
        Set<String> staffed = FirstAccounts.DEMO_USERS.stream()
                .filter(user -> user[3].equals(Roles.WAREHOUSE))
                .map(user -> user[2])
                .collect(Collectors.toSet());
        assertEquals(Set.of("JH", "WC", "JD", "LX", "DY", "YW", "YK", "PJ", "WY", "PA"), staffed);
    }

    @Test
    void aSecondUnitHasAManagerAndAClerk() {
        assertTrue(has("manager-jd", "JD", Roles.PROJECT_MANAGER));
        assertTrue(has("clerk-jd", "JD", Roles.PERMIT_CLERK));
    }

    @Test
    void loginsAndNamesAreUniqueAndNamesAreNotLogins() {
        Set<String> logins = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (String[] user : FirstAccounts.DEMO_USERS) {
            assertTrue(logins.add(user[0]), "login twice: " + user[0]);
            assertTrue(names.add(user[1]), "name twice: " + user[1]);
            assertTrue(user[0].matches("[A-Za-z0-9._-]+"), "a login the user form accepts: " + user[0]);
            assertFalse(user[1].isBlank() || user[1].equals(user[0]), user[0]);
            assertTrue(Roles.ALL.contains(user[3]), user[3]);
        }
    }

    private static boolean has(String login, String unit, String role) {
        return FirstAccounts.DEMO_USERS.stream()
                .anyMatch(user -> user[0].equals(login) && user[2].equals(unit) && user[3].equals(role));
    }
}
