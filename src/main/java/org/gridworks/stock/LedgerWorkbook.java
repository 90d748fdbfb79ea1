package org.gridworks.stock;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.Sheets;
import org.gridworks.platform.i18n.Messages;

/** The ledger page's rows as one Excel sheet: each movement, its changes and the balance after it. */
final class LedgerWorkbook {

    private LedgerWorkbook() {}

    static byte[] workbook(List<LedgerRow> rows, String title, Locale locale) {
        List<List<Object>> cells = new ArrayList<>();
        for (LedgerRow row : rows) {
            cells.add(List.of(
                    row.postedAt(),
                    m(locale, "movementType." + row.typeKey()),
                    row.deltaOnHand(),
                    row.deltaReserved(),
                    row.deltaInTransit(),
                    row.onHandAfter(),
                    row.availableAfter(),
                    row.inTransitAfter(),
                    orEmpty(row.counterpart()),
                    orEmpty(row.project()),
                    orEmpty(row.reason()),
                    orEmpty(row.reference()),
                    row.transfer() == null ? "" : row.transfer(),
                    orEmpty(row.postedBy())));
        }
        try (Sheets sheets = new Sheets()) {
            sheets.table(
                    title,
                    List.of(
                            m(locale, "stock.when"),
                            m(locale, "stock.movement"),
                            m(locale, "stock.onHand") + " ±",
                            m(locale, "stock.reserved") + " ±",
                            m(locale, "stock.inTransit") + " ±",
                            m(locale, "stock.onHand"),
                            m(locale, "stock.available"),
                            m(locale, "stock.inTransit"),
                            m(locale, "ledger.counterpart"),
                            m(locale, "ledger.project"),
                            m(locale, "ledger.reason"),
                            m(locale, "stock.reference"),
                            m(locale, "ledger.transfer"),
                            m(locale, "stock.who")),
                    cells);
            return sheets.bytes();
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String m(Locale locale, String key) {
        return Messages.get(locale, key);
    }
}
