package org.gridworks.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangesTest {

    @Test
    void onlyChangedFieldsAreKeptWithOldAndNewValues() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("displayName", "李项目");
        before.put("phone", null);
        before.put("roles", Set.of("PROJECT_MANAGER"));
        before.put("enabled", true);
        Map<String, Object> after = new LinkedHashMap<>(before);
        after.put("displayName", "李工");
        after.put("phone", "13900000000");
        after.put("roles", Set.of("PROJECT_MANAGER"));

        assertEquals(
                List.of(new FieldChange("displayName", "李项目", "李工"), new FieldChange("phone", null, "13900000000")),
                Changes.between(before, after));
    }

    @Test
    void setsCompareByContentNotOrder() {
        assertEquals(List.of(), Changes.between(Map.of("roles", List.of("B", "A")), Map.of("roles", Set.of("A", "B"))));
    }

    @Test
    void aCreationListsEveryField() {
        assertEquals(List.of(new FieldChange("code", null, "WC")), Changes.between(null, Map.of("code", "WC")));
    }

    @Test
    void emptyTextCountsAsNoValue() {
        assertEquals(List.of(), Changes.between(Map.of("email", ""), new LinkedHashMap<>()));
    }

    @Test
    void jsonKeepsChineseAndNulls() {
        List<FieldChange> changes = List.of(new FieldChange("name", null, "婺城 \"分公司\""));
        assertEquals(changes, Changes.fromJson(Changes.toJson(changes)));
        assertEquals(null, Changes.toJson(List.of()));
    }
}
