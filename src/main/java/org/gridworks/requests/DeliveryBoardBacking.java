package org.gridworks.requests;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.web.FacesFeedback;

/**
 * The delivery board for warehouse staff: open requests, overdue first, then due today, tomorrow and later, by
 * warehouse, coloured; picking and dispatch with one click, the delivery signed on site on its own page (a drawn signature).
 */
@Named
@ViewScoped
public class DeliveryBoardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> BUCKETS = List.of("OVERDUE", "TODAY", "TOMORROW", "LATER");

    /**
     * Within each group the soonest due first (the oldest overdue at the top, "later" in date order); on the same
     * day the staff's own warehouse's requests first, then by warehouse.
     */
    static final Comparator<RequestRow> BOARD_ORDER = Comparator.comparing(
                    (RequestRow r) -> BUCKETS.indexOf(r.bucket()))
            .thenComparing(RequestRow::due)
            .thenComparing(r -> !r.mine())
            .thenComparing(RequestRow::warehouses)
            .thenComparing(RequestRow::id);

    @Inject
    MaterialRequestService requests;

    @Inject
    RequestLifecycle lifecycle;

    private List<RequestRow> rows = List.of();
    /** Only the requests of this colour (a DeliveryState name), as a dashboard tile opens the board; null: all. */
    private String colour;
    /** Only the requests with a line from this warehouse (its name); null: all. */
    private String warehouse;
    /** Only the requests whose number, project, customer or site contains these words; null: all. */
    private String text;

    /** One group of the board: its name and its requests. */
    public record Group(String bucket, List<RequestRow> rows) implements Serializable {}

    public void load() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        rows = requests.boardRows(locale).stream().sorted(BOARD_ORDER).toList();
    }

    public List<Group> getGroups() {
        return BUCKETS.stream()
                .map(b -> new Group(b, shown().filter(r -> r.bucket().equals(b)).toList()))
                .filter(g -> !g.rows().isEmpty())
                .toList();
    }

    public boolean isNothingToDeliver() {
        return shown().findAny().isEmpty();
    }

    public long getShownCount() {
        return shown().count();
    }

    private java.util.stream.Stream<RequestRow> shown() {
        BoardFilter filter = new BoardFilter(colour, warehouse, text);
        return rows.stream().filter(filter::shows);
    }

    /** The warehouses of the board's requests, by name, for the warehouse filter. */
    public List<String> getWarehouses() {
        return rows.stream()
                .flatMap(r -> r.lines().stream())
                .map(RequestRow.Line::warehouse)
                .distinct()
                .sorted()
                .toList();
    }

    public String getWarehouse() {
        return warehouse;
    }

    public void setWarehouse(String warehouse) {
        this.warehouse = warehouse;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
    }

    public void pick(RequestRow row) {
        act(() -> lifecycle.pick(row.id(), null, row.version()), "request.picked", row);
    }

    public void dispatch(RequestRow row) {
        act(() -> lifecycle.dispatch(row.id(), null, row.version()), "request.dispatched", row);
    }

    private void act(java.util.function.Supplier<MaterialRequest> action, String done, RequestRow row) {
        if (FacesFeedback.attempt(action) != null) {
            FacesFeedback.info(done, row.id(), row.projectNumber());
        }
        load();
    }
}
