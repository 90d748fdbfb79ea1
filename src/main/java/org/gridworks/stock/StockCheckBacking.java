package org.gridworks.stock;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.platform.web.FacesFeedback;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The stock check: search as you type by code, name or specification; every warehouse's availability at a glance,
 * red where it is below the reserve level. Filtered and paged in the database.
 */
@Named
@ViewScoped
public class StockCheckBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StockQueries queries;

    @Inject
    CurrentCaller callers;

    private String text;
    private MaterialCategory category;
    private boolean belowReserveOnly;
    /** Below reserve in this unit's warehouses only (the warehouse dashboard's tile); null: in any warehouse. */
    private String belowIn;

    private String unit;

    private final LazyDataModel<StockRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            Long total = FacesFeedback.attempt(() -> queries.count(filter()));
            return total == null ? 0 : (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<StockRow> load(
                int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            String callerUnit = unit();
            List<StockRow> page = FacesFeedback.attempt(() -> queries.page(filter(), first, pageSize).stream()
                    .map(s -> StockRow.of(s, locale, callerUnit))
                    .toList());
            return page == null ? List.of() : page;
        }

        @Override
        public String getRowKey(StockRow row) {
            return row.code();
        }

        @Override
        public StockRow getRowData(String rowKey) {
            return null;
        }
    };

    private StockFilter filter() {
        return new StockFilter(text, category, belowReserveOnly, belowReserveOnly ? belowIn : null);
    }

    private String unit() {
        if (unit == null) {
            unit = callers.require().unit();
        }
        return unit;
    }

    public LazyDataModel<StockRow> getRows() {
        return rows;
    }

    public MaterialCategory[] getCategories() {
        return MaterialCategory.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public MaterialCategory getCategory() {
        return category;
    }

    public void setCategory(MaterialCategory category) {
        this.category = category;
    }

    public boolean isBelowReserveOnly() {
        return belowReserveOnly;
    }

    public String getBelowIn() {
        return belowIn;
    }

    public void setBelowIn(String belowIn) {
        this.belowIn = belowIn == null || belowIn.isBlank() ? null : belowIn.trim();
    }

    public void setBelowReserveOnly(boolean belowReserveOnly) {
        this.belowReserveOnly = belowReserveOnly;
    }
}
