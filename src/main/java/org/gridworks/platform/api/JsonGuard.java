package org.gridworks.platform.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a JSON body completely and strictly before anything binds it: syntax errors (unclosed objects, trailing
 * garbage), nesting deeper than {@link #MAX_DEPTH} and duplicate keys are refused here. The body is already
 * bounded in size (BodyLimitFilter), and this parser only walks forward, so nothing can spin: Yasson over
 * Parsson loops forever skipping an unknown property whose object never closes, and never sees such a body.
 */
public final class JsonGuard {

    public static final int MAX_DEPTH = 32;

    /** Looked up once: Json.createValue and friends look the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonGuard() {}

    /** The body as a JSON value, or null when it is empty; anything else is an {@link InvalidInputException}. */
    public static JsonValue read(byte[] body) {
        if (isBlank(body)) {
            return null;
        }
        Deque<Level> open = new ArrayDeque<>();
        JsonValue result = null;
        try (JsonParser parser = JSON.createParser(new ByteArrayInputStream(body))) {
            while (parser.hasNext()) {
                if (result != null) {
                    throw malformed(null);
                }
                JsonParser.Event event = parser.next();
                Level level = open.peek();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (open.size() >= MAX_DEPTH) {
                            throw InvalidInputException.of(path(open), "api.json.tooDeep", MAX_DEPTH);
                        }
                        open.push(new Level(event == JsonParser.Event.START_OBJECT));
                    }
                    case KEY_NAME -> level.key(parser.getString(), open);
                    case END_OBJECT, END_ARRAY -> {
                        Level done = open.pop();
                        result = add(open, done.build());
                    }
                    case VALUE_STRING -> result = add(open, JSON.createValue(parser.getString()));
                    case VALUE_NUMBER -> result = add(open, JSON.createValue(number(parser, open)));
                    case VALUE_TRUE -> result = add(open, JsonValue.TRUE);
                    case VALUE_FALSE -> result = add(open, JsonValue.FALSE);
                    case VALUE_NULL -> result = add(open, JsonValue.NULL);
                    default -> throw malformed(path(open));
                }
            }
        } catch (InvalidInputException refused) {
            throw refused;
        } catch (JsonException
                | IllegalStateException
                | java.util.NoSuchElementException
                | NumberFormatException
                | ArithmeticException
                | UnsupportedOperationException broken) {
            // Parsson reports syntax errors, bad encodings, EOF inside a value and its own number limits this way
            throw malformed(path(open));
        }
        if (result == null || !open.isEmpty()) {
            throw malformed(path(open));
        }
        return result;
    }

    /** Longer than any number a field takes, with room for an exponent and a sign. */
    static final int MAX_NUMBER_TEXT = 80;

    private static BigDecimal number(JsonParser parser, Deque<Level> open) {
        // judged by its text first: turning a megabyte of digits into a BigDecimal takes seconds
        if (parser.getString().length() > MAX_NUMBER_TEXT) {
            throw InvalidInputException.of(path(open), "api.json.numberOutOfRange");
        }
        BigDecimal value = parser.getBigDecimal();
        // 1e999999999 is a valid JSON number whose arithmetic never ends: no field needs more than this
        if (value.precision() - value.scale() > 30 || value.scale() > 30) {
            throw InvalidInputException.of(path(open), "api.json.numberOutOfRange");
        }
        return value;
    }

    /** Adds a finished value to the open container; answers it when it is the whole document. */
    private static JsonValue add(Deque<Level> open, JsonValue value) {
        Level level = open.peek();
        if (level == null) {
            return value;
        }
        level.add(value);
        return null;
    }

    private static InvalidInputException malformed(String field) {
        return InvalidInputException.of(field, "api.json.malformed");
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Where the parser is, as a client would name the field: {@code lines[2].quantity}. */
    static String path(Deque<Level> open) {
        StringBuilder path = new StringBuilder();
        var levels = open.descendingIterator();
        while (levels.hasNext()) {
            Level level = levels.next();
            if (level.object) {
                if (level.key != null) {
                    path.append(path.length() == 0 ? "" : ".").append(level.key);
                }
            } else {
                path.append('[').append(level.size).append(']');
            }
        }
        return path.length() == 0 ? null : path.toString();
    }

    /** An object or array being read. */
    private static final class Level {
        final boolean object;
        final JsonObjectBuilder fields;
        final JsonArrayBuilder items;
        final Set<String> keys = new HashSet<>();
        String key;
        int size;

        Level(boolean object) {
            this.object = object;
            this.fields = object ? JSON.createObjectBuilder() : null;
            this.items = object ? null : JSON.createArrayBuilder();
        }

        void key(String name, Deque<Level> open) {
            key = name;
            if (!keys.add(name)) {
                throw InvalidInputException.of(path(open), "api.json.duplicateKey", name);
            }
        }

        void add(JsonValue value) {
            if (object) {
                fields.add(key, value);
            } else {
                items.add(value);
                size++;
            }
        }

        JsonValue build() {
            return object ? fields.build() : items.build();
        }
    }
}
