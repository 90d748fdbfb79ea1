package org.gridworks.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gridworks.calendar.WorkingDayCalendar;
import org.gridworks.identity.Caller;
import org.gridworks.stock.Material;
import org.gridworks.stock.Warehouse;

/**
 * What rows of requests show besides the requests themselves, read once for a whole list (the board, a project's
 * requests, the export): their materials and the warehouses by id, who is looking, the calendar and today. A list
 * of N requests then costs a few queries, not a service call per request and per line.
 */
final class RequestView {

    private final Map<Long, Material> materials;
    private final Map<Long, Warehouse> warehouses;
    private final Caller caller;
    private final WorkingDayCalendar calendar;
    private final LocalDate today;

    RequestView(
            Map<Long, Material> materials,
            Map<Long, Warehouse> warehouses,
            Caller caller,
            WorkingDayCalendar calendar,
            LocalDate today) {
        this.materials = materials;
        this.warehouses = warehouses;
        this.caller = caller;
        this.calendar = calendar;
        this.today = today;
    }

    Material material(RequestLine line) {
        return materials.get(line.getMaterialId());
    }

    Warehouse warehouse(RequestLine line) {
        return warehouses.get(line.getWarehouseId());
    }

    String callerUnit() {
        return caller.unit();
    }

    LocalDate today() {
        return today;
    }

    LocalDate nextWorkingDay() {
        return calendar.addWorkingDays(today, 1).due();
    }

    boolean provisional(LocalDate due) {
        return calendar.isProvisional(due);
    }

    DeliveryClock.Result state(MaterialRequest request) {
        return MaterialRequestService.state(request, today, calendar);
    }

    /** The lines the caller may see: all of them in the project's unit, else those its own warehouses supply. */
    List<RequestLine> visibleLines(MaterialRequest request) {
        if (caller.mayActIn(request.getProject().getUnit().getCode())) {
            return request.getLines();
        }
        return request.getLines().stream()
                .filter(l -> warehouse(l).unitCode().equals(caller.unit()))
                .toList();
    }
}
