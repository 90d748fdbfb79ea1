package org.gridworks.platform.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The malformed requests of the fuzz run, at least {@link #PER_OPERATION} per operation of /openapi: wrong JSON
 * types per field, nulls, huge strings, overflowing numbers, odd dates, broken JSON, deep nesting, wrong content
 * types, bogus ids. Every variant of a write is wrong somewhere, so every write must be refused; variants that
 * could pass for a real change (nulls, empty bodies) go only to ids that do not exist.
 */
final class FuzzCases {

    static final int PER_OPERATION = 200;

    /** One API operation as /openapi lists it. */
    record Operation(String method, String template, List<String> queryParameters) {
        boolean isWrite() {
            return !method.equals("GET");
        }
    }

    /** One request to send; {@code mustBeRefused}: a 2xx would mean malformed input changed something. */
    record Probe(Operation operation, String path, String contentType, byte[] body, boolean mustBeRefused) {
        String label() {
            return operation.method() + " " + operation.template();
        }
    }

    /** What a field holds, for picking values that are wrong for it. */
    enum Kind {
        TEXT,
        WHOLE,
        DECIMAL,
        FLAG,
        DATE,
        TIME,
        CODE,
        TEXTS,
        LINES
    }

    private static final String HUGE_TEXT = "\"" + "界".repeat(100_000) + "\"";
    private static final List<String> WRONG_FOR_ALL =
            List.of("[]", "{}", "[1,2]", "{\"a\":{\"b\":[]}}", "[[[[[]]]]]", "[\"x\"]", "{\"\":null}");
    private static final Map<Kind, List<String>> WRONG = Map.of(
            Kind.TEXT, List.of("123", "true", "4294967306", HUGE_TEXT, "1e400", "-0.0"),
            Kind.WHOLE,
                    List.of(
                            "\"\"",
                            "\"12\"",
                            "4294967306",
                            "9223372036854775808",
                            "-9223372036854775809",
                            "1.5",
                            "1e400",
                            "-1e400",
                            "true",
                            "\"abc\"",
                            "1e30",
                            "2147483648",
                            "-2147483649",
                            "0.0001"),
            Kind.DECIMAL,
                    List.of(
                            "\"\"",
                            "\"1.5\"",
                            "1e400",
                            "-1e999999999",
                            "true",
                            "1e-400",
                            "\"NaN\"",
                            "123456789012345678901234567890123.5"),
            Kind.FLAG, List.of("\"yes\"", "1", "0", "\"\"", "\"true\"", "\"false\""),
            Kind.DATE,
                    List.of(
                            "\"2024-13-45\"",
                            "\"+99999-12-31\"",
                            "\"0000-00-00\"",
                            "\"1899-12-31\"",
                            "\"2201-01-01\"",
                            "\"24-10-08\"",
                            "\"2024-02-30\"",
                            "\"\\u0000\"",
                            "20241008",
                            HUGE_TEXT,
                            "\"-999999999-01-01\"",
                            "\"2024-10-08T09:00:00\"",
                            "\"２０２４-１０-０８\""),
            Kind.TIME,
                    List.of(
                            "\"2024-10-08T25:00:00\"",
                            "\"+99999-12-31T00:00:00\"",
                            "\"2024-10-08 09:00\"",
                            "\"1899-01-01T00:00:00\"",
                            "1728345600",
                            "\"2024-10-08T09:00:00+08:00[Asia/Shanghai]\"",
                            "\"T\"",
                            HUGE_TEXT,
                            "\"2024-02-30T09:00:00\""),
            Kind.CODE, List.of("\"NO_SUCH\"", "\"\"", "7", "true", HUGE_TEXT, "\"RECEIPT ; DROP TABLE\""),
            Kind.TEXTS, List.of("\"ADMIN\"", "5", "[1]", "[[]]", "[null]", "[" + "\"x\",".repeat(5000) + "\"x\"]"),
            Kind.LINES,
                    List.of(
                            "\"x\"",
                            "5",
                            "[1]",
                            "[[]]",
                            "[null]",
                            "[{\"material\":[],\"quantity\":1}]",
                            "[{\"material\":\"M\",\"quantity\":4294967306}]",
                            "[{\"material\":\"M\",\"quantity\":\"\"}]",
                            "[{\"material\":\"M\",\"quantity\":-3}]",
                            "[{\"material\":\"M\",\"quantity\":0}]",
                            "[{\"material\":\"M\",\"quantity\":1,\"quantity\":2}]",
                            "[{\"material\":null}]"));

    /** Bodies wrong as a whole: broken JSON, wrong top-level types, depth, size. */
    private static final List<String> BROKEN = List.of(
            "{",
            "{\"x\":{",
            "{\"x\":[",
            "[",
            "}",
            "{\"a\":1}}",
            "{\"a\":1} trailing",
            "{\"a\":1}{\"b\":2}",
            "nul",
            "{'a':1}",
            "{\"a\":1,}",
            "{\"a\":}",
            "\"open",
            "{\"a\":01}",
            "{\"a\":.5}",
            "{\"a\":\"\\x\"}",
            "{\"a\":\"\\ud800\"}",
            "[]",
            "\"text\"",
            "123",
            "true",
            "{\"x\":".repeat(33) + "1" + "}".repeat(33),
            "[".repeat(1000) + "]".repeat(1000),
            "{\"x\":".repeat(5000),
            "[".repeat(100_000),
            "{\"zzz\":{\"y\":[1,2,{}]}}",
            "{\"x\":{\"y\":{",
            "\uFEFF{}",
            "{\"a\":1e999999999}",
            "{\"a\":-}",
            "{\"a\":tru}",
            "{\"a\":\"" + "b".repeat(2 * 1024 * 1024) + "\"}");

    private static final List<String> WRONG_TYPES = List.of(
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/octet-stream",
            "text/html",
            "application/json-patch+json",
            "image/png",
            "application/json; charset=x-no-such");

    private static final List<String> BOGUS_IDS = List.of(
            "0",
            "-1",
            "abc",
            "99999999999999999999",
            "1.5",
            "9223372036854775807",
            "2147483648",
            "%20",
            "%E4%B8%AD",
            "x".repeat(300),
            "1e3",
            "%00",
            "--1",
            "0x10");

    private static final List<String> ODD_QUERY_VALUES = List.of(
            "2024-13-45",
            "%2B99999-12-31",
            "abc",
            "-1",
            "99999999999999999999",
            "1.5",
            "",
            "%00",
            "x".repeat(3000),
            "0",
            "2147483648",
            "2024-02-30",
            "1899-12-31",
            "NO_SUCH",
            "%E4%B8%AD",
            "true",
            "[]",
            "%7B%7D",
            "-9223372036854775809",
            "2024-10-08T25:00");

    private FuzzCases() {}

    /** The fields of an operation's JSON body, by its path; empty for operations without a JSON body. */
    static Map<String, Kind> fields(Operation op) {
        String t = op.template();
        String m = op.method();
        Map<String, Kind> f = new LinkedHashMap<>();
        if (m.equals("GET")) {
            return f;
        }
        if (t.endsWith("/stock/movements")) {
            put(
                    f,
                    Kind.TEXT,
                    "idempotencyKey",
                    "material",
                    "warehouse",
                    "reason",
                    "project",
                    "toWarehouse",
                    "reference");
            put(f, Kind.CODE, "type");
            put(f, Kind.WHOLE, "quantity", "transfer");
        } else if (t.matches(".*/projects") && m.equals("POST")
                || t.matches(".*/projects/\\{[^}]+}") && m.equals("PUT")) {
            put(f, Kind.TEXT, "customerName", "address", "unit", "overrideReason", "manager");
            put(f, Kind.CODE, "areaType", "categoryOverride");
            put(f, Kind.DECIMAL, "capacityKw", "voltageKv");
            put(
                    f,
                    Kind.FLAG,
                    "dualSupply",
                    "smallMicroEnterprise",
                    "residential",
                    "needsSupportingWorks",
                    "threeStepVariant");
            put(f, Kind.DATE, "acceptedOn");
            put(f, Kind.WHOLE, "version");
        } else if (t.contains("/steps/")) {
            put(f, Kind.TIME, "at");
            put(f, Kind.TEXT, "reason");
            put(f, Kind.WHOLE, "version");
        } else if (t.contains("/milestones/") || t.endsWith("/approve") || t.endsWith("/rebaseline")) {
            put(f, Kind.DATE, "forecast", "actual");
            put(f, Kind.TEXT, "responsible", "note", "reason");
            put(f, Kind.WHOLE, "version");
        } else if (t.matches(".*/projects/\\{[^}]+}/permits") || t.matches(".*/permits/\\{[^}]+}/\\{[^}]+}")) {
            put(f, Kind.CODE, "type");
            put(f, Kind.DATE, "on", "validFrom", "validTo", "worksUntil", "dueOn");
            put(f, Kind.TEXT, "number", "reason", "document");
            put(f, Kind.WHOLE, "version");
        } else if (t.matches(".*/material-requests(/proposal)?") && m.equals("POST")) {
            put(f, Kind.TIME, "requestedAt");
            put(f, Kind.TEXT, "site");
            put(f, Kind.LINES, "lines");
        } else if (t.matches(".*/material-requests/\\{[^}]+}/\\{[^}]+}")) {
            put(f, Kind.TIME, "at");
            put(f, Kind.TEXT, "signedBy", "reason");
            put(f, Kind.WHOLE, "version");
            put(f, Kind.LINES, "lines");
        } else if (t.endsWith("/me/notifications")) {
            put(f, Kind.CODE, "language");
            put(f, Kind.FLAG, "email", "sms");
        } else if (t.matches(".*/materials(/\\{[^}]+})?") && !m.equals("GET")) {
            put(f, Kind.TEXT, "code", "name", "spec", "unit");
            put(f, Kind.CODE, "category");
            put(f, Kind.FLAG, "active");
            put(f, Kind.WHOLE, "version");
        } else if (t.matches(".*/users(/\\{[^}]+})?") && !m.equals("GET")) {
            put(f, Kind.TEXT, "login", "displayName", "unit", "phone", "email", "password");
            put(f, Kind.TEXTS, "roles");
            put(f, Kind.FLAG, "enabled");
            put(f, Kind.WHOLE, "version");
        } else if (t.endsWith("/password")) {
            put(f, Kind.TEXT, "password");
        }
        return f;
    }

    /** Operations whose body is a file, not JSON. */
    static boolean isRaw(Operation op) {
        return (op.method().equals("PUT")
                        && (op.template().endsWith("/file")
                                || op.template().endsWith("/reserve-list")
                                || op.template().contains("/calendar/years/")))
                || (op.method().equals("POST") && op.template().endsWith("/grid-capacity.xlsx"));
    }

    private static void put(Map<String, Kind> fields, Kind kind, String... names) {
        for (String name : names) {
            fields.put(name, kind);
        }
    }

    /** At least PER_OPERATION probes for the operation; {@code real} fills path parameters with existing ids. */
    static List<Probe> probes(Operation op, Map<String, String> real) {
        List<Probe> probes = new ArrayList<>();
        Map<String, Kind> fields = fields(op);
        String realPath = fill(op.template(), real, null);
        List<String> bogusPaths = new ArrayList<>();
        for (String bogus : BOGUS_IDS) {
            String path = fill(op.template(), real, bogus);
            if (!path.equals(realPath)) {
                bogusPaths.add(path);
            }
        }
        boolean hasPathParameters = !bogusPaths.isEmpty();
        boolean jsonBody = !fields.isEmpty();
        // a write without input (scan, read all, create a plan) succeeds for a real target: only bogus ones
        boolean realTargetMayChange = op.isWrite() && !jsonBody;
        while (probes.size() < PER_OPERATION) {
            int round = probes.size();
            if (jsonBody) {
                for (Map.Entry<String, Kind> field : fields.entrySet()) {
                    List<String> values = new ArrayList<>(WRONG.get(field.getValue()));
                    values.addAll(WRONG_FOR_ALL);
                    for (String value : values) {
                        String body = "{\"" + field.getKey() + "\":" + value + "}";
                        probes.add(new Probe(op, realPath, "application/json", utf8(body), true));
                    }
                    String nulled = "{\"" + field.getKey() + "\":null}";
                    for (String path : hasPathParameters ? bogusPaths.subList(0, 2) : List.<String>of()) {
                        probes.add(new Probe(op, path, "application/json", utf8(nulled), true));
                    }
                }
                for (String broken : BROKEN) {
                    probes.add(new Probe(op, realPath, "application/json", utf8(broken), true));
                }
                for (String type : WRONG_TYPES) {
                    probes.add(new Probe(op, realPath, type, utf8("{\"a\":1}"), true));
                }
                probes.add(new Probe(op, realPath, null, utf8("{}"), true));
                probes.add(new Probe(
                        op,
                        realPath,
                        "application/json",
                        utf8("{\"" + fields.keySet().iterator().next() + "\":1,\"unknownField\":1}"),
                        true));
            } else if (isRaw(op)) {
                boolean document = op.template().endsWith("/file");
                probes.add(new Probe(op, realPath, "application/octet-stream", new byte[0], true));
                probes.add(new Probe(
                        op,
                        realPath,
                        "application/octet-stream",
                        new byte[BodyLimitFilter.limitFor("PUT", op.template()) + 1],
                        true));
                for (String broken : BROKEN.subList(0, 20)) {
                    probes.add(new Probe(
                            op,
                            document ? bogusPaths.get(probes.size() % bogusPaths.size()) : realPath,
                            document ? "application/pdf" : "application/json",
                            utf8(broken),
                            true));
                }
                for (String type : WRONG_TYPES) {
                    probes.add(new Probe(op, document ? bogusPaths.get(0) : realPath, type, utf8("garbage"), true));
                }
            }
            for (String path : bogusPaths) {
                probes.add(new Probe(
                        op,
                        path,
                        jsonBody ? "application/json" : null,
                        op.isWrite() ? utf8(jsonBody ? "{}" : "") : null,
                        op.isWrite()));
            }
            for (String parameter : op.queryParameters()) {
                for (String value : ODD_QUERY_VALUES) {
                    String path = (realTargetMayChange && hasPathParameters ? bogusPaths.get(0) : realPath) + "?"
                            + parameter + "=" + value;
                    probes.add(new Probe(
                            op, path, null, op.isWrite() ? new byte[0] : null, op.isWrite() && !realTargetMayChange));
                }
            }
            if (!op.isWrite()) {
                // reads: other methods and odd paths on top of the bogus ids
                for (String method : List.of("x", "%2e%2e", "..;", "a/b")) {
                    probes.add(new Probe(op, realPath + "/" + method, null, null, false));
                }
                probes.add(new Probe(op, realPath, "application/json", null, false));
            }
            if (probes.size() == round) {
                // an operation with nothing to vary but its path: bogus ids with garbage bodies
                for (String broken : BROKEN) {
                    String path = hasPathParameters ? bogusPaths.get(probes.size() % bogusPaths.size()) : realPath;
                    probes.add(new Probe(
                            op,
                            path,
                            "application/json",
                            op.isWrite() ? utf8(broken) : null,
                            op.isWrite() && hasPathParameters));
                }
            }
        }
        return probes;
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    /** The template with real values, or with {@code bogus} in place of its first id-like parameter. */
    static String fill(String template, Map<String, String> real, String bogus) {
        Matcher m = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        boolean replaced = false;
        while (m.find()) {
            String name = m.group(1);
            String key = template.substring(0, m.start()).replaceAll("\\{[^}]*}", "*") + "{" + name + "}";
            String value = real.getOrDefault(key, real.getOrDefault(name, "1"));
            if (bogus != null && !replaced) {
                value = bogus;
                replaced = true;
            }
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        return path.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
