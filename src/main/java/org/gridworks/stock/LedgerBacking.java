package org.gridworks.stock;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridworks.identity.PersonNames;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.People;
import org.gridworks.platform.web.FacesFeedback;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The ledger of a material in a warehouse, newest first (or oldest first, sorted by time), of every movement type or
 * of one: every movement and the balance after it.
 */
@Named
@ViewScoped
public class LedgerBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalogue catalogue;

    @Inject
    StockQueries queries;

    @Inject
    PersonNames names;

    private String material;
    private String warehouse;
    private String materialName;
    private String warehouseName;
    private String uom;
    private String type;
    private List<StockLevel> levels = List.of();

    public void load() {
        FacesFeedback.orNotFound(() -> {
            Material m = catalogue
                    .material(material)
                    .orElseThrow(() -> BusinessException.notFound("stock.unknownMaterial", material));
            Warehouse w = catalogue
                    .warehouse(warehouse)
                    .orElseThrow(() -> BusinessException.notFound("stock.unknownWarehouse", warehouse));
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            materialName = m.getName() + " " + m.getSpec();
            warehouseName = w.name(locale);
            uom = m.uom(locale);
            levels = queries.levels(m, w, StockLevels.LATEST);
        });
    }

    /** The stock level after each of the latest postings, oldest first (the chart and the table beside it). */
    public List<StockLevel> getLevels() {
        return levels;
    }

    public String getLevelsChart() {
        return StockLevels.chart(
                levels, uom, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public int getLatest() {
        return StockLevels.LATEST;
    }

    /** The levels' table as Excel, through the API with the page's session. */
    public String getLevelsExportUrl() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getExternalContext().getRequestContextPath() + "/api/v1/stock/levels.xlsx?material="
                + URLEncoder.encode(material, StandardCharsets.UTF_8) + "&warehouse="
                + URLEncoder.encode(warehouse, StandardCharsets.UTF_8) + "&lang="
                + faces.getViewRoot().getLocale().toLanguageTag();
    }

    private final LazyDataModel<LedgerRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(
                    Integer.MAX_VALUE, queries.ledgerSize(materialEntity(), warehouseEntity(), movementType()));
        }

        @Override
        public List<LedgerRow> load(
                int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            // the one sortable column is the time; the ledger's id orders it as it was posted
            boolean oldestFirst = sort.values().stream().anyMatch(meta -> meta.getOrder() == SortOrder.ASCENDING);
            List<StockMovement> page = queries.ledgerPage(
                    materialEntity(), warehouseEntity(), movementType(), !oldestFirst, first, pageSize);
            People people = names.of(
                    page.stream().map(m -> m.getPosting().getPostedBy()).toList(), locale);
            return page.stream().map(m -> LedgerRow.of(m, locale, people)).toList();
        }

        @Override
        public String getRowKey(LedgerRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public LedgerRow getRowData(String rowKey) {
            return null;
        }
    };

    /** The movement type filter; an unknown name shows every type rather than failing the page. */
    private MovementType movementType() {
        return Arrays.stream(MovementType.values())
                .filter(t -> t.name().equals(type))
                .findFirst()
                .orElse(null);
    }

    public List<MovementType> getTypes() {
        return List.of(MovementType.values());
    }

    /** The ledger of this filter as Excel (newest first), through the API with the page's session. */
    public String getExportUrl() {
        FacesContext faces = FacesContext.getCurrentInstance();
        MovementType filter = movementType();
        return faces.getExternalContext().getRequestContextPath() + "/api/v1/stock/ledger.xlsx?material="
                + URLEncoder.encode(material, StandardCharsets.UTF_8) + "&warehouse="
                + URLEncoder.encode(warehouse, StandardCharsets.UTF_8)
                + (filter == null ? "" : "&type=" + filter.name()) + "&lang="
                + faces.getViewRoot().getLocale().toLanguageTag();
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    private Material materialEntity() {
        return catalogue
                .material(material)
                .orElseThrow(() -> BusinessException.notFound("stock.unknownMaterial", material));
    }

    private Warehouse warehouseEntity() {
        return catalogue
                .warehouse(warehouse)
                .orElseThrow(() -> BusinessException.notFound("stock.unknownWarehouse", warehouse));
    }

    public LazyDataModel<LedgerRow> getRows() {
        return rows;
    }

    public String getMaterial() {
        return material;
    }

    public void setMaterial(String material) {
        this.material = material;
    }

    public String getWarehouse() {
        return warehouse;
    }

    public void setWarehouse(String warehouse) {
        this.warehouse = warehouse;
    }

    public String getMaterialName() {
        return materialName;
    }

    public String getWarehouseName() {
        return warehouseName;
    }

    public String getUom() {
        return uom;
    }
}
