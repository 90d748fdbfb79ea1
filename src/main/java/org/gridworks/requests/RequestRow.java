package org.gridworks.requests;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.i18n.Messages;
import org.gridworks.stock.Material;
import org.gridworks.stock.Warehouse;

/** A request as the board and the project page show it (names in the user's language, serializable). */
public record RequestRow(
        long id,
        long projectId,
        String projectNumber,
        String customer,
        String site,
        String requestedAt,
        LocalDate due,
        boolean provisional,
        RequestStatus status,
        DeliveryState state,
        int workingDaysLeft,
        int lateWorkingDays,
        String warehouses,
        boolean mine,
        int version,
        String bucket,
        List<Line> lines,
        String cancelReason,
        boolean mineToSend)
        implements Serializable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A line: what, how many, from where, delivered so far, and whether it could meet the due date. */
    public record Line(
            String material,
            String name,
            String uom,
            int quantity,
            int delivered,
            String warehouse,
            LocalDate expectedOn,
            boolean canMeetDue)
            implements Serializable {}

    static RequestRow of(MaterialRequest r, RequestView view, Locale locale) {
        String callerUnit = view.callerUnit();
        LocalDate today = view.today();
        LocalDate nextWorkingDay = view.nextWorkingDay();
        DeliveryClock.Result clock = view.state(r);
        List<Line> lines = view.visibleLines(r).stream()
                .map(l -> {
                    Material m = view.material(l);
                    Warehouse w = view.warehouse(l);
                    return new Line(
                            m.getCode(),
                            m.getName() + " " + m.getSpec(),
                            m.uom(locale),
                            l.getQuantity(),
                            l.getDelivered(),
                            w.name(locale),
                            l.getExpectedOn(),
                            l.isCanMeetDue());
                })
                .toList();
        boolean mine =
                r.getLines().stream().anyMatch(l -> view.warehouse(l).unitCode().equals(callerUnit));
        boolean mineToSend = r.getLines().stream()
                .anyMatch(l -> l.getDispatchedAt() == null
                        && view.warehouse(l).unitCode().equals(callerUnit));
        String warehouses = String.join(
                Messages.get(locale, "list.separator"),
                lines.stream().map(Line::warehouse).distinct().toList());
        String bucket = r.getDueOn().isBefore(today)
                ? "OVERDUE"
                : r.getDueOn().equals(today) ? "TODAY" : !r.getDueOn().isAfter(nextWorkingDay) ? "TOMORROW" : "LATER";
        return new RequestRow(
                r.getId(),
                r.getProject().getId(),
                r.getProject().getNumber(),
                r.getProject().getCustomerName(),
                r.getSite(),
                r.getRequestedAt().format(WHEN),
                r.getDueOn(),
                view.provisional(r.getDueOn()),
                r.getStatus(),
                clock.state(),
                clock.workingDaysLeft(),
                clock.lateWorkingDays(),
                warehouses,
                mine,
                r.getVersion(),
                bucket,
                lines,
                r.getCancelReason(),
                mineToSend);
    }

    public boolean isPickable() {
        return status == RequestStatus.RESERVED;
    }

    /** The user's warehouse still has lines of it to send. */
    public boolean isDispatchable() {
        return (status == RequestStatus.RESERVED || status == RequestStatus.PICKED) && mineToSend;
    }

    public boolean isDeliverable() {
        return status == RequestStatus.DISPATCHED;
    }

    public boolean isOpen() {
        return status.isOpen();
    }
}
