package org.gridworks.permits;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.gridworks.platform.Sheets;
import org.gridworks.platform.chart.ChartJson;
import org.gridworks.platform.i18n.Messages;

/**
 * The open permits of the board per authority against their limits: how many are running (submitted, so their
 * clock counts), the average working days used so far, the average limit, how many are already over it. The
 * board's chart and the table beside it, and that table as Excel.
 */
public final class AuthorityFigures {

    /** One authority's running permits. */
    public record Figure(String authority, long running, Double averageUsed, Double averageLimit, long overLimit)
            implements Serializable {}

    private AuthorityFigures() {}

    /** From the board's rows, authorities in name order; a track not yet submitted has no clock and is left out. */
    public static List<Figure> of(List<PermitRow> board) {
        Map<String, List<PermitRow>> byAuthority = new TreeMap<>();
        for (PermitRow row : board) {
            if (row.clock() != null) {
                byAuthority
                        .computeIfAbsent(row.authority(), k -> new ArrayList<>())
                        .add(row);
            }
        }
        List<Figure> figures = new ArrayList<>();
        byAuthority.forEach((authority, rows) -> figures.add(new Figure(
                authority,
                rows.size(),
                round1(rows.stream().mapToInt(PermitRow::used).average().orElse(0)),
                round1(rows.stream().mapToInt(PermitRow::limit).average().orElse(0)),
                rows.stream().filter(r -> r.used() > r.limit()).count())));
        return figures;
    }

    /** Average working days used per authority as bars, the average limit as the limit line. */
    public static String chart(List<Figure> figures, Locale locale) {
        return ChartJson.bar(locale)
                .labels(figures.stream().map(Figure::authority).toList())
                .series(
                        m(locale, "permits.averageUsed"),
                        figures.stream().map(Figure::averageUsed).toList())
                .limit(
                        m(locale, "permits.averageLimit"),
                        figures.stream().map(Figure::averageLimit).toList())
                .scale(ChartJson.Scale.DAYS)
                .xTitle(m(locale, "permits.authority"))
                .yTitle(m(locale, "permits.workingDays"))
                .toJson();
    }

    static byte[] workbook(List<Figure> figures, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (Figure f : figures) {
            rows.add(List.of(f.authority(), f.running(), f.averageUsed(), f.averageLimit(), f.overLimit()));
        }
        try (Sheets sheets = new Sheets()) {
            sheets.table(
                    m(locale, "permits.byAuthority"),
                    List.of(
                            m(locale, "permits.authority"),
                            m(locale, "permits.running"),
                            m(locale, "permits.averageUsed"),
                            m(locale, "permits.averageLimit"),
                            m(locale, "permits.overLimit")),
                    rows);
            return sheets.bytes();
        }
    }

    private static Double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String m(Locale locale, String key) {
        return Messages.get(locale, key);
    }
}
