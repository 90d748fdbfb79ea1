package org.gridworks.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.gridworks.audit.AuditTrail;
import org.junit.jupiter.api.Test;

class PeopleTest {

    private final People people = new People(Map.of("manager", "李项目", "warehouse-jd", "吴晓燕"), "系统");

    @Test
    void aUserIsShownByDisplayName() {
        assertEquals("李项目", people.name("manager"));
        assertEquals("吴晓燕", people.name("warehouse-jd"));
    }

    @Test
    void workTheServerDidIsShownAsTheSystemInTheReadersLanguage() {
        assertEquals("系统", people.name("system"));
        assertEquals("System", new People(Map.of(), "System").name("system"));
        assertEquals("system", AuditTrail.SYSTEM, "the audit trail records the same actor");
    }

    @Test
    void aLoginNoUserHasIsShownAsRecorded() {
        assertEquals("deleted-user", people.name("deleted-user"));
        assertEquals("王工", people.name("王工"), "a responsible person typed as free text");
        assertNull(people.name(null));
    }
}
