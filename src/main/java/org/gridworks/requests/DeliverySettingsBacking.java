package org.gridworks.requests;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridworks.identity.UnitService;
import org.gridworks.platform.web.FacesFeedback;
import org.gridworks.stock.Catalogue;
import org.gridworks.stock.Warehouse;

/** The administrator's delivery settings: the due period and the transfer-time table (warehouse × unit). */
@Named
@ViewScoped
public class DeliverySettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeliverySettings settings;

    @Inject
    Catalogue catalogue;

    @Inject
    UnitService units;

    private Integer dueDays;
    private int dueVersion;
    private List<UnitColumn> columns = List.of();
    private List<WarehouseRow> rows = List.of();

    /** A unit as a column of the table. */
    public record UnitColumn(long id, String code) implements Serializable {}

    /** A warehouse's transfer times to every unit. */
    public record WarehouseRow(String name, List<Cell> cells) implements Serializable {}

    /** One transfer time as edited; {@code original} tells what changed. */
    public static class Cell implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long warehouseId;
        private final long unitId;
        private final int original;
        private final int version;
        private Integer days;

        Cell(long warehouseId, long unitId, int days, int version) {
            this.warehouseId = warehouseId;
            this.unitId = unitId;
            this.original = days;
            this.version = version;
            this.days = days;
        }

        public Integer getDays() {
            return days;
        }

        public void setDays(Integer days) {
            this.days = days;
        }
    }

    public void load() {
        DeliverySettings.DuePeriod period = settings.duePeriod();
        dueDays = period.workingDays();
        dueVersion = period.version();
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        columns = units.list().stream()
                .filter(u -> u.isActive())
                .map(u -> new UnitColumn(u.getId(), u.getCode()))
                .toList();
        Map<String, TransferTime> times = new HashMap<>();
        settings.transferTimes().forEach(t -> times.put(t.getWarehouseId() + "/" + t.getUnitId(), t));
        List<WarehouseRow> table = new ArrayList<>();
        for (Warehouse warehouse : catalogue.warehouses()) {
            List<Cell> cells = new ArrayList<>();
            for (UnitColumn unit : columns) {
                TransferTime time = times.get(warehouse.getId() + "/" + unit.id());
                cells.add(new Cell(
                        warehouse.getId(),
                        unit.id(),
                        time == null ? 30 : time.getWorkingDays(),
                        time == null ? -1 : time.getVersion()));
            }
            table.add(new WarehouseRow(warehouse.name(locale), cells));
        }
        rows = table;
    }

    public void saveDuePeriod() {
        if (FacesFeedback.attempt(() -> settings.setDuePeriod(dueDays, dueVersion))) {
            FacesFeedback.info("delivery.saved");
            load();
        }
    }

    public void saveTransferTimes() {
        List<DeliverySettings.TimeChange> changes = new ArrayList<>();
        for (WarehouseRow row : rows) {
            for (Cell cell : row.cells()) {
                if (cell.days == null || cell.days != cell.original) {
                    changes.add(
                            new DeliverySettings.TimeChange(cell.warehouseId, cell.unitId, cell.days, cell.version));
                }
            }
        }
        boolean ok = FacesFeedback.attempt(() -> settings.setTransferTimes(changes));
        if (ok) {
            FacesFeedback.info("delivery.saved");
            load();
        }
    }

    public Integer getDueDays() {
        return dueDays;
    }

    public void setDueDays(Integer dueDays) {
        this.dueDays = dueDays;
    }

    public List<UnitColumn> getColumns() {
        return columns;
    }

    public List<WarehouseRow> getRows() {
        return rows;
    }
}
