package org.gridworks.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.Sheets;
import org.gridworks.platform.i18n.Messages;
import org.gridworks.stock.Material;

/** The delivery board as Excel: one row per line of each open request. */
final class DeliveryBoardWorkbook {

    private DeliveryBoardWorkbook() {}

    static byte[] write(RequestView view, List<MaterialRequest> board, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (MaterialRequest r : board) {
            DeliveryClock.Result state = view.state(r);
            for (RequestLine line : view.visibleLines(r)) {
                Material material = view.material(line);
                List<Object> row = new ArrayList<>();
                row.add(r.getId());
                row.add(r.getProject().getNumber());
                row.add(r.getSite());
                row.add(r.getDueOn().toString());
                row.add(Messages.get(locale, "deliveryState." + state.state()));
                row.add(Messages.get(locale, "requestStatus." + r.getStatus()));
                row.add(material.getCode());
                row.add(material.getName() + " " + material.getSpec());
                row.add(line.getQuantity());
                row.add(line.getDelivered());
                row.add(view.warehouse(line).name(locale));
                rows.add(row);
            }
        }
        try (Sheets sheets = new Sheets()) {
            sheets.table(
                    Messages.get(locale, "deliveries.board"),
                    List.of(
                            Messages.get(locale, "deliveries.request"),
                            Messages.get(locale, "field.number"),
                            Messages.get(locale, "deliveries.site"),
                            Messages.get(locale, "deliveries.due"),
                            Messages.get(locale, "field.clock"),
                            Messages.get(locale, "field.status"),
                            Messages.get(locale, "materials.code"),
                            Messages.get(locale, "stock.material"),
                            Messages.get(locale, "stock.quantity"),
                            Messages.get(locale, "deliveries.arrived"),
                            Messages.get(locale, "stock.warehouse")),
                    rows);
            return sheets.bytes();
        }
    }
}
