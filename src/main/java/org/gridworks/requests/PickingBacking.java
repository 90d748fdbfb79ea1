package org.gridworks.requests;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.web.FacesFeedback;

/**
 * The printable picking list: warehouse and day come in the address ({@code ?warehouse=WH-WC&day=2026-12-01}), so
 * the board links to it and a sheet can be printed again; without them, the caller's first warehouse and today.
 */
@Named
@RequestScoped
public class PickingBacking {

    @Inject
    PickingLists lists;

    private String warehouse;
    private String day;
    private String warehouseName;
    private List<PickingLists.Pick> picks = List.of();
    private List<Option> warehouses = List.of();

    /** A warehouse in the chooser. */
    public record Option(String code, String name) {}

    public void load() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<Option> own = FacesFeedback.attempt(() -> lists.warehouses().stream()
                .map(w -> new Option(w.getCode(), w.name(locale)))
                .toList());
        warehouses = own == null ? List.of() : own;
        if (warehouse == null || warehouse.isBlank()) {
            if (warehouses.isEmpty()) {
                return;
            }
            warehouse = warehouses.get(0).code();
        }
        LocalDate date;
        if (day == null || day.isBlank()) {
            date = LocalDate.now(SystemInfo.COMPANY_ZONE);
            day = date.toString();
        } else {
            try {
                date = LocalDate.parse(day.trim());
            } catch (DateTimeParseException e) {
                FacesFeedback.error("picking.badDay", day);
                return;
            }
        }
        warehouseName = warehouses.stream()
                .filter(o -> o.code().equalsIgnoreCase(warehouse.trim()))
                .map(Option::name)
                .findFirst()
                .orElse(warehouse);
        List<PickingLists.Pick> found = FacesFeedback.attempt(() -> lists.picks(warehouse, date, locale));
        picks = found == null ? List.of() : found;
    }

    public List<PickingLists.Pick> getPicks() {
        return picks;
    }

    public List<Option> getWarehouses() {
        return warehouses;
    }

    public String getWarehouseName() {
        return warehouseName;
    }

    public String getWarehouse() {
        return warehouse;
    }

    public void setWarehouse(String warehouse) {
        this.warehouse = warehouse;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }
}
