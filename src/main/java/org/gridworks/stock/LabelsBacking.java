package org.gridworks.stock;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.gridworks.platform.web.FacesFeedback;

/**
 * The label sheet: a warehouse and, optionally, the materials chosen (codes separated by commas or spaces; none: the
 * warehouse's reserve list). Everything comes in the address, so a sheet can be bookmarked and printed again.
 */
@Named
@RequestScoped
public class LabelsBacking {

    @Inject
    StockLabels labels;

    private String warehouse;
    private String materials;
    private List<StockLabels.Label> sheet = List.of();
    private List<StockPostBacking.Option> warehouses = List.of();

    public void load() {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<StockPostBacking.Option> own = FacesFeedback.attempt(() -> labels.warehouses().stream()
                .map(w -> new StockPostBacking.Option(w.getCode(), w.name(locale)))
                .toList());
        warehouses = own == null ? List.of() : own;
        if (warehouse == null || warehouse.isBlank()) {
            if (warehouses.size() != 1) {
                return;
            }
            warehouse = warehouses.get(0).code();
        }
        List<StockLabels.Label> found = FacesFeedback.attempt(() -> labels.labels(warehouse, codes(), locale));
        sheet = found == null ? List.of() : found;
        if (found != null && found.isEmpty()) {
            FacesFeedback.info("labels.none");
        }
    }

    List<String> codes() {
        if (materials == null || materials.isBlank()) {
            return List.of();
        }
        return Arrays.stream(materials.trim().split("[,，;\\s]+"))
                .filter(s -> !s.isBlank())
                .toList();
    }

    public List<StockLabels.Label> getSheet() {
        return sheet;
    }

    public List<StockPostBacking.Option> getWarehouses() {
        return warehouses;
    }

    public String getWarehouse() {
        return warehouse;
    }

    public void setWarehouse(String warehouse) {
        this.warehouse = warehouse;
    }

    public String getMaterials() {
        return materials;
    }

    public void setMaterials(String materials) {
        this.materials = materials;
    }
}
