package org.gridworks.audit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Works out which fields changed between two snapshots of a record, and stores them as JSON. */
public final class Changes {

    private Changes() {}

    /** The fields whose value differs, in the order of the snapshots; a missing snapshot means "no record". */
    public static List<FieldChange> between(Map<String, ?> before, Map<String, ?> after) {
        Map<String, ?> old = before == null ? Map.of() : before;
        Map<String, ?> now = after == null ? Map.of() : after;
        Set<String> fields = new LinkedHashSet<>(old.keySet());
        fields.addAll(now.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String was = text(old.get(field));
            String is = text(now.get(field));
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(field, was, is));
            }
        }
        return changes;
    }

    /** A snapshot builder that keeps insertion order, so changes read in the order of the form. */
    public static Map<String, Object> snapshot() {
        return new LinkedHashMap<>();
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> collection) {
            // sets have no order of their own; sorted text makes equal sets compare equal
            TreeSet<String> sorted = new TreeSet<>();
            collection.forEach(item -> sorted.add(String.valueOf(item)));
            return String.join(",", sorted);
        }
        String text = value.toString();
        return text.isEmpty() ? null : text;
    }

    public static String toJson(List<FieldChange> changes) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (FieldChange change : changes) {
            var item = Json.createObjectBuilder().add("field", change.field());
            item = change.oldValue() == null ? item.addNull("old") : item.add("old", change.oldValue());
            item = change.newValue() == null ? item.addNull("new") : item.add("new", change.newValue());
            array.add(item);
        }
        return array.build().toString();
    }

    public static List<FieldChange> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            List<FieldChange> changes = new ArrayList<>();
            for (JsonValue value : array) {
                JsonObject item = value.asJsonObject();
                changes.add(new FieldChange(item.getString("field"), nullable(item, "old"), nullable(item, "new")));
            }
            return changes;
        }
    }

    private static String nullable(JsonObject item, String name) {
        return item.isNull(name) ? null : item.getString(name);
    }
}
