package org.gridworks.stock;

import java.util.ArrayList;
import java.util.Arrays;
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
            cells.add(Arrays.asList(
                    row.postedAt(),
                    Messages.get(locale, "movementType." + row.typeKey()),
                    row.deltaOnHand(),
                    row.deltaReserved(),
                    row.deltaInTransit(),
                    row.onHandAfter(),
                    row.availableAfter(),
                    row.inTransitAfter(),
                    row.counterpart(),
                    row.project(),
                    row.reason(),
                    row.reference(),
                    row.transfer(),
                    row.postedBy()));
        }
        try (Sheets sheets = new Sheets()) {
            return sheets.table(
                            title,
                            Sheets.headings(
                                    locale,
                                    "stock.when",
                                    "stock.movement",
                                    "ledger.onHandChange",
                                    "ledger.reservedChange",
                                    "ledger.inTransitChange",
                                    "stock.onHand",
                                    "stock.available",
                                    "stock.inTransit",
                                    "ledger.counterpart",
                                    "ledger.project",
                                    "ledger.reason",
                                    "stock.reference",
                                    "ledger.transfer",
                                    "stock.who"),
                            cells)
                    .bytes();
        }
    }
}
