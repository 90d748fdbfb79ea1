package org.gridworks.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.gridworks.platform.web.FacesFeedback;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The project list: filters above, a page at a time from the database, sortable. */
@Named
@ViewScoped
public class ProjectListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectSearch search;

    private String text;
    private ProjectStatus status = ProjectStatus.OPEN;
    private Category category;
    private ClockStatus clock;
    /** A unit code from the address (the dashboard's links); the search narrows to it for those who see it. */
    private String unit;

    /** A project as one line of the list. */
    public record Row(
            long id,
            String number,
            String customerName,
            String unit,
            Category category,
            String acceptedOn,
            ProjectStatus status,
            ClockStatus clockStatus,
            int used,
            int limit,
            String due)
            implements Serializable {

        public long getId() {
            return id;
        }

        public String getNumber() {
            return number;
        }

        public String getCustomerName() {
            return customerName;
        }

        public String getUnit() {
            return unit;
        }

        public Category getCategory() {
            return category;
        }

        public String getAcceptedOn() {
            return acceptedOn;
        }

        public ProjectStatus getStatus() {
            return status;
        }

        public ClockStatus getClockStatus() {
            return clockStatus;
        }

        public int getUsed() {
            return used;
        }

        public int getLimit() {
            return limit;
        }

        public String getDue() {
            return due;
        }
    }

    private final LazyDataModel<Row> projects = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            Long total = FacesFeedback.attempt(() -> search.count(filter()));
            return total == null ? 0 : (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            SortMeta order = sort.values().stream().findFirst().orElse(null);
            String sortBy = order == null ? "number" : order.getField();
            boolean ascending = order != null && order.getOrder() == SortOrder.ASCENDING;
            List<ConnectionProject> found =
                    FacesFeedback.attempt(() -> search.find(filter(), first, pageSize, sortBy, ascending));
            return found == null
                    ? List.of()
                    : found.stream().map(ProjectListBacking::row).toList();
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.id());
        }

        @Override
        public Row getRowData(String rowKey) {
            return null;
        }
    };

    static Row row(ConnectionProject p) {
        return new Row(
                p.getId(),
                p.getNumber(),
                p.getCustomerName(),
                p.getUnit().getCode(),
                p.getCategory(),
                p.getAcceptedOn().toString(),
                p.getStatus(),
                p.getClockStatus(),
                p.getClockUsed(),
                p.getClockLimit(),
                p.getClockDue() == null ? "" : p.getClockDue().toString());
    }

    private ProjectFilter filter() {
        return new ProjectFilter(text, status, category, clock, unit == null || unit.isBlank() ? null : unit);
    }

    public String getUnit() {
        return unit;
    }

    /** The Excel download of the list as filtered now (the API, opened with the page's session). */
    public String getExportUrl() {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        StringBuilder url = new StringBuilder(faces.getExternalContext().getRequestContextPath())
                .append("/api/v1/projects/export.xlsx?lang=")
                .append(faces.getViewRoot().getLocale().toLanguageTag());
        param(url, "q", text);
        param(url, "status", status == null ? null : status.name());
        param(url, "category", category == null ? null : category.name());
        param(url, "clock", clock == null ? null : clock.name());
        param(url, "unit", unit);
        return url.toString();
    }

    private static void param(StringBuilder url, String name, String value) {
        if (value != null) {
            url.append('&')
                    .append(name)
                    .append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public LazyDataModel<Row> getProjects() {
        return projects;
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public ClockStatus[] getClocks() {
        return ClockStatus.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public ClockStatus getClock() {
        return clock;
    }

    public void setClock(ClockStatus clock) {
        this.clock = clock;
    }
}
