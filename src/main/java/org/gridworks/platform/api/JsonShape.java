package org.gridworks.platform.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a JSON body with the input record it is meant for, before JSON-B binds it, and lists every field that
 * does not fit: properties the record does not have, values of the wrong type, numbers that do not fit their
 * Java type (binding would wrap 4294967306 to 10), codes that are no constant of their enum. Binding then only
 * sees bodies it can bind, so a client always learns which field is wrong instead of getting a 500.
 * Unknown properties are refused: a misspelt field must not be silently ignored.
 */
public final class JsonShape {

    /** Enough to fix a request; a 1 MB array of wrong values does not need a million messages. */
    static final int MAX_FAULTS = 50;

    private final List<InvalidInputException.Fault> faults = new ArrayList<>();

    private JsonShape() {}

    /** Every fault of {@code value} against {@code type}; empty when binding can only succeed. */
    public static List<InvalidInputException.Fault> check(JsonValue value, Type type) {
        JsonShape shape = new JsonShape();
        shape.check(value, type, null);
        return shape.faults;
    }

    /** Whether the body type is a record this check understands completely (lists inside it included). */
    public static boolean isInputRecord(Type type) {
        return raw(type).isRecord();
    }

    private void check(JsonValue value, Type type, String field) {
        if (faults.size() >= MAX_FAULTS) {
            return;
        }
        Class<?> raw = raw(type);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                fault(field, "api.json.required");
            }
            return;
        }
        if (raw == String.class) {
            expect(value instanceof JsonString, field, "api.json.expectText");
        } else if (raw == Integer.class || raw == int.class) {
            whole(value, field, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (raw == Long.class || raw == long.class) {
            whole(value, field, Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (raw == Short.class || raw == short.class) {
            whole(value, field, Short.MIN_VALUE, Short.MAX_VALUE);
        } else if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
            expect(value instanceof JsonNumber, field, "api.json.expectNumber");
        } else if (raw == Boolean.class || raw == boolean.class) {
            expect(value == JsonValue.TRUE || value == JsonValue.FALSE, field, "api.json.expectBoolean");
        } else if (raw.isEnum()) {
            enumConstant(value, raw, field);
        } else if (raw.isRecord()) {
            record(value, raw, field);
        } else if (Collection.class.isAssignableFrom(raw)) {
            collection(value, type, field);
        }
        // other types (JsonObject, Map, byte[]) are the resource's own business
    }

    private void record(JsonValue value, Class<?> type, String field) {
        if (!(value instanceof JsonObject object)) {
            fault(field, "api.json.expectObject");
            return;
        }
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            components.put(component.getName(), component);
        }
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            RecordComponent component = components.get(entry.getKey());
            String path = field == null ? entry.getKey() : field + "." + entry.getKey();
            if (component == null) {
                fault(path, "api.json.unknownProperty");
            } else {
                check(entry.getValue(), component.getGenericType(), path);
            }
        }
    }

    private void collection(JsonValue value, Type type, String field) {
        if (!(value instanceof JsonArray array)) {
            fault(field, "api.json.expectList");
            return;
        }
        Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
        for (int i = 0; i < array.size() && faults.size() < MAX_FAULTS; i++) {
            String path = (field == null ? "" : field) + "[" + i + "]";
            if (array.isNull(i)) {
                // no input list has a use for holes, and the services would trip over them
                fault(path, "api.json.required");
            } else {
                check(array.get(i), element, path);
            }
        }
    }

    private void whole(JsonValue value, String field, long min, long max) {
        if (!(value instanceof JsonNumber number)) {
            fault(field, "api.json.expectWholeNumber");
            return;
        }
        BigDecimal decimal = number.bigDecimalValue();
        if (decimal.stripTrailingZeros().scale() > 0) {
            fault(field, "api.json.expectWholeNumber");
        } else if (decimal.compareTo(BigDecimal.valueOf(min)) < 0 || decimal.compareTo(BigDecimal.valueOf(max)) > 0) {
            fault(field, "api.json.numberOutOfRange");
        }
    }

    private void enumConstant(JsonValue value, Class<?> type, String field) {
        if (!(value instanceof JsonString text)) {
            fault(field, "api.json.expectText");
            return;
        }
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(text.getString())) {
                return;
            }
        }
        fault(field, "api.unknownCode", text.getString());
    }

    private void expect(boolean fits, String field, String messageKey) {
        if (!fits) {
            fault(field, messageKey);
        }
    }

    private void fault(String field, String messageKey, Object... arguments) {
        faults.add(new InvalidInputException.Fault(field, messageKey, arguments));
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }
}
