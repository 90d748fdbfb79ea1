package org.gridworks.calendar;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gridworks.platform.BusinessException;

/**
 * Reads a year's holiday notice, in the holiday-cn JSON format ({"year": 2024, "days": [{"name", "date",
 * "isOffDay"}]}) or as CSV ("date,is_off_day,name"), and refuses anything doubtful as a whole: unreadable
 * content, bad dates, duplicates, dates outside the year, a file for another year, an empty notice. A notice
 * reaches across New Year (the 2019 one names 2018-12-29), so December before and January after are allowed.
 */
public final class HolidayFileParser {

    public static final int MAX_DAYS = 400;
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final String CSV_HEADER = "date,is_off_day,name";

    private HolidayFileParser() {}

    /** Picks the format from the content: JSON starts with '{'. */
    public static List<HolidayDay> parse(int year, String content) {
        String text = stripBom(content == null ? "" : content).trim();
        return text.startsWith("{") ? parseJson(year, text) : parseCsv(year, text);
    }

    public static List<HolidayDay> parseJson(int year, String content) {
        JsonObject notice;
        try (var reader = Json.createReader(new StringReader(stripBom(content)))) {
            notice = reader.readObject();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw refuse("calendar.file.unreadable");
        }
        JsonValue fileYear = notice.get("year");
        if (fileYear == null || fileYear.getValueType() != JsonValue.ValueType.NUMBER) {
            throw refuse("calendar.file.noYear");
        }
        if (notice.getInt("year") != year) {
            throw refuse("calendar.file.yearMismatch", String.valueOf(notice.getInt("year")), year);
        }
        JsonValue days = notice.get("days");
        if (days == null || days.getValueType() != JsonValue.ValueType.ARRAY) {
            throw refuse("calendar.file.unreadable");
        }
        List<HolidayDay> parsed = new ArrayList<>();
        int position = 0;
        for (JsonValue value : (JsonArray) days) {
            position++;
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw refuse("calendar.file.badEntry", position);
            }
            JsonObject day = value.asJsonObject();
            LocalDate date = date(text(day.get("date")), position);
            JsonValue flag = day.get("isOffDay");
            if (flag != JsonValue.TRUE && flag != JsonValue.FALSE) {
                throw refuse("calendar.file.badFlag", position);
            }
            parsed.add(new HolidayDay(date, flag == JsonValue.TRUE, name(text(day.get("name")))));
        }
        return checked(year, parsed);
    }

    public static List<HolidayDay> parseCsv(int year, String content) {
        String[] lines = stripBom(content).split("\r?\n");
        if (lines.length == 0 || !CSV_HEADER.equals(lines[0].trim().toLowerCase(Locale.ROOT))) {
            throw refuse("calendar.file.csvHeader", CSV_HEADER);
        }
        List<HolidayDay> parsed = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (fields.length != 3) {
                throw refuse("calendar.file.badEntry", i + 1);
            }
            LocalDate date = date(fields[0].trim(), i + 1);
            String flag = fields[1].trim().toLowerCase(Locale.ROOT);
            if (!flag.equals("true") && !flag.equals("false")) {
                throw refuse("calendar.file.badFlag", i + 1);
            }
            parsed.add(new HolidayDay(date, flag.equals("true"), name(fields[2])));
        }
        return checked(year, parsed);
    }

    private static List<HolidayDay> checked(int year, List<HolidayDay> days) {
        if (days.isEmpty()) {
            throw refuse("calendar.file.empty", year);
        }
        if (days.size() > MAX_DAYS) {
            throw refuse("calendar.file.tooMany", MAX_DAYS);
        }
        LocalDate earliest = LocalDate.of(year - 1, 12, 1);
        LocalDate latest = LocalDate.of(year + 1, 1, 31);
        Set<LocalDate> seen = new HashSet<>();
        boolean anyInYear = false;
        for (HolidayDay day : days) {
            if (day.date().isBefore(earliest) || day.date().isAfter(latest)) {
                throw refuse("calendar.file.dateOutsideYear", day.date().toString(), year);
            }
            if (!seen.add(day.date())) {
                throw refuse("calendar.file.duplicate", day.date().toString());
            }
            anyInYear |= day.date().getYear() == year;
        }
        if (!anyInYear) {
            throw refuse("calendar.file.yearMismatch", "-", year);
        }
        return List.copyOf(days);
    }

    private static LocalDate date(String text, int position) {
        if (text == null) {
            throw refuse("calendar.file.badDate", "", position);
        }
        try {
            return LocalDate.parse(text.trim(), ISO);
        } catch (DateTimeParseException e) {
            throw refuse("calendar.file.badDate", text, position);
        }
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : null;
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.trim();
        return trimmed.length() <= 100 ? trimmed : trimmed.substring(0, 100);
    }

    private static String stripBom(String text) {
        return text != null && text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static BusinessException refuse(String key, Object... arguments) {
        return BusinessException.invalid("file", key, arguments);
    }
}
