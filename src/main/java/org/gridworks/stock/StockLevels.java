package org.gridworks.stock;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.Sheets;
import org.gridworks.platform.chart.ChartJson;
import org.gridworks.platform.i18n.Messages;

/** A material's stock level over time at one warehouse: the chart of the ledger page and its table as Excel. */
public final class StockLevels {

    /** How many of the latest postings the chart and its table show (the ledger below has them all). */
    public static final int LATEST = 60;

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private StockLevels() {}

    /** On hand and available after each posting, oldest on the left; the y axis in the material's unit. */
    public static String chart(List<StockLevel> levels, String uom, Locale locale) {
        return ChartJson.line(locale)
                .labels(levels.stream().map(StockLevel::when).toList())
                .series(
                        m(locale, "stock.onHand"),
                        levels.stream().map(StockLevel::onHand).toList())
                .series(
                        m(locale, "stock.available"),
                        levels.stream().map(StockLevel::available).toList())
                .scale(ChartJson.Scale.COUNT)
                .xTitle(m(locale, "stock.when"))
                .yTitle(Messages.get(locale, "stock.levelAxis", uom))
                .toJson();
    }

    public static byte[] workbook(List<StockLevel> levels, String title, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (StockLevel level : levels) {
            rows.add(List.of(level.when(), level.onHand(), level.available()));
        }
        try (Sheets sheets = new Sheets()) {
            return sheets.table(title, Sheets.headings(locale, "stock.when", "stock.onHand", "stock.available"), rows)
                    .bytes();
        }
    }

    private static String m(Locale locale, String key) {
        return Messages.get(locale, key);
    }
}
