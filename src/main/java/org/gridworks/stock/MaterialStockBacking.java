package org.gridworks.stock;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridworks.identity.Caller;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;
import org.gridworks.platform.web.FacesFeedback;

/** One material: its stock in every warehouse, the ledger links, and the reserve levels of the user's warehouse. */
@Named
@ViewScoped
public class MaterialStockBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalogue catalogue;

    @Inject
    StockQueries queries;

    @Inject
    ReserveListService reserveList;

    @Inject
    CurrentCaller callers;

    private String code;
    /** The warehouse a scanned label names (its QR carries it): its row stands out. */
    private String warehouse;

    private StockRow row;
    private boolean mayPost;
    private boolean mayEditAll;
    private List<LevelEdit> edits = new ArrayList<>();

    /** The reserve level of one warehouse as the user edits it, with the version they saw. */
    public static class LevelEdit implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String warehouse;
        private Integer minimum;
        private Integer ceiling;
        private final Integer version;

        LevelEdit(String warehouse, Integer minimum, Integer ceiling, Integer version) {
            this.warehouse = warehouse;
            this.minimum = minimum;
            this.ceiling = ceiling;
            this.version = version;
        }

        public String getWarehouse() {
            return warehouse;
        }

        public Integer getMinimum() {
            return minimum;
        }

        public void setMinimum(Integer minimum) {
            this.minimum = minimum;
        }

        public Integer getCeiling() {
            return ceiling;
        }

        public void setCeiling(Integer ceiling) {
            this.ceiling = ceiling;
        }
    }

    public void load() {
        FacesFeedback.orNotFound(this::loadNow);
    }

    private void loadNow() {
        Material material =
                catalogue.material(code).orElseThrow(() -> BusinessException.notFound("stock.unknownMaterial", code));
        Caller caller = callers.require();
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        MaterialStock stock = queries.stockOf(material);
        row = StockRow.of(stock, locale, caller.unit());
        mayPost = caller.has(Roles.WAREHOUSE);
        mayEditAll = caller.has(Roles.ADMIN);
        edits = new ArrayList<>();
        for (StockCell cell : stock.cells()) {
            boolean editable = mayEditAll
                    || caller.has(Roles.WAREHOUSE)
                            && cell.warehouse().unitCode().equals(caller.unit());
            if (editable) {
                edits.add(new LevelEdit(
                        cell.warehouse().getCode(),
                        cell.minimum(),
                        cell.ceiling(),
                        queries.levelVersion(material, cell.warehouse())));
            }
        }
    }

    public void saveLevel(LevelEdit edit) {
        if (FacesFeedback.attempt(
                        () -> reserveList.setLevel(code, edit.warehouse, edit.minimum, edit.ceiling, edit.version))
                != null) {
            FacesFeedback.info("reserve.levelSaved", edit.warehouse);
            loadNow();
        }
    }

    public StockRow getRow() {
        return row;
    }

    public List<LevelEdit> getEdits() {
        return edits;
    }

    public boolean isMayPost() {
        return mayPost;
    }

    /** The scanned label's warehouse as the user reads it; null when the address named none (or an unknown one). */
    public String getHere() {
        if (row == null || warehouse == null) {
            return null;
        }
        return row.cells().stream()
                .filter(c -> c.warehouse().equals(warehouse))
                .map(StockRow.Cell::warehouseName)
                .findFirst()
                .orElse(null);
    }

    public String getWarehouse() {
        return warehouse;
    }

    public void setWarehouse(String warehouse) {
        this.warehouse = warehouse == null || warehouse.isBlank() ? null : warehouse.trim();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
