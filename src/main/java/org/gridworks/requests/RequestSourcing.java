package org.gridworks.requests;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridworks.calendar.CalendarService;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;
import org.gridworks.platform.Time;
import org.gridworks.projects.ConnectionProject;
import org.gridworks.projects.ProjectService;
import org.gridworks.stock.Catalogue;
import org.gridworks.stock.Material;
import org.gridworks.stock.Quantities;
import org.gridworks.stock.StockCell;
import org.gridworks.stock.StockQueries;
import org.gridworks.stock.Warehouse;

/**
 * The sourcing proposal: for the lines a project would request now, the due date and, per line, the warehouse
 * that can still meet it (the rule is Sourcing's; this reads the stock and the transfer times it needs).
 * Nothing is reserved here; RequestLifecycle makes the request as proposed.
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class RequestSourcing {

    static final int MAX_LINES = 50;
    /** A warehouse with no transfer time to the unit's sites is treated as 30 working days away. */
    static final int NO_ROUTE_DAYS = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProjectService projects;

    @Inject
    CalendarService calendar;

    @Inject
    Catalogue catalogue;

    @Inject
    StockQueries stock;

    @Inject
    DeliverySettings settings;

    /** The sourcing and due date a request would get now; nothing is reserved. */
    public Proposal propose(long projectId, RequestInput input) {
        ConnectionProject project = projects.find(projectId);
        LocalDateTime requestedAt = requestedAt(input, project);
        LocalDate day = requestedAt.toLocalDate();
        int dueDays = settings.duePeriod().workingDays();
        LocalDate due = DeliveryClock.due(day, dueDays, calendar.calendar());
        Map<Long, Integer> transferDays = transferDaysTo(project);
        List<Proposal.Line> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RequestInput.Line line : lines(input)) {
            Material material = catalogue.requireMaterial("material", line.material());
            if (!seen.add(material.getCode())) {
                throw BusinessException.invalid("material", "request.duplicateMaterial", material.getCode());
            }
            int quantity = Quantities.positive("quantity", line.quantity());
            List<Sourcing.Candidate> candidates = new ArrayList<>();
            Map<String, Warehouse> byCode = new HashMap<>();
            for (StockCell cell : stock.stockOf(material).cells()) {
                Warehouse w = cell.warehouse();
                byCode.put(w.getCode(), w);
                candidates.add(new Sourcing.Candidate(
                        w.getCode(),
                        w.unitCode(),
                        cell.available(),
                        transferDays.getOrDefault(w.getId(), NO_ROUTE_DAYS),
                        w.isCentral()));
            }
            int most = candidates.stream()
                    .mapToInt(Sourcing.Candidate::available)
                    .max()
                    .orElse(0);
            Optional<Sourcing.Choice> single =
                    Sourcing.choose(quantity, project.getUnit().getCode(), candidates, day, due, calendar.calendar());
            if (single.isPresent()) {
                Sourcing.Choice c = single.get();
                lines.add(new Proposal.Line(
                        material,
                        quantity,
                        byCode.get(c.from().warehouse()),
                        c.expectedOn(),
                        c.canMeetDue(),
                        most,
                        c.from().transferDays()));
                continue;
            }
            // no single warehouse has it: two that have it together, each sending its part
            Optional<Sourcing.Split> split =
                    Sourcing.split(quantity, project.getUnit().getCode(), candidates, day, calendar.calendar());
            if (split.isPresent()) {
                boolean meets = split.get().canMeetDue(due);
                for (Sourcing.Part part :
                        List.of(split.get().first(), split.get().second())) {
                    lines.add(new Proposal.Line(
                            material,
                            part.quantity(),
                            byCode.get(part.from().warehouse()),
                            part.expectedOn(),
                            meets,
                            most,
                            part.from().transferDays(),
                            true));
                }
            } else {
                lines.add(new Proposal.Line(material, quantity, null, null, false, most, 0));
            }
        }
        return new Proposal(day, due, calendar.calendar().isProvisional(due), dueDays, lines);
    }

    /** When the request is made: now when not given, never in the future nor before the project was accepted. */
    static LocalDateTime requestedAt(RequestInput input, ConnectionProject project) {
        LocalDateTime at = input == null || input.requestedAt() == null ? Time.now() : input.requestedAt();
        if (at.isAfter(Time.now().plusMinutes(5))) {
            throw BusinessException.invalid("requestedAt", "request.inFuture");
        }
        if (at.toLocalDate().isBefore(project.getAcceptedOn())) {
            throw BusinessException.invalid("requestedAt", "request.beforeAcceptance", project.getAcceptedOn());
        }
        return at;
    }

    private Map<Long, Integer> transferDaysTo(ConnectionProject project) {
        Map<Long, Integer> days = new HashMap<>();
        em.createQuery("SELECT t FROM TransferTime t WHERE t.unitId = :u", TransferTime.class)
                .setParameter("u", project.getUnit().getId())
                .getResultList()
                .forEach(t -> days.put(t.getWarehouseId(), t.getWorkingDays()));
        return days;
    }

    /** The lines filled in (a page sends empty rows too), at least one and at most MAX_LINES. */
    private static List<RequestInput.Line> lines(RequestInput input) {
        List<RequestInput.Line> lines = input == null || input.lines() == null
                ? List.of()
                : input.lines().stream()
                        .filter(l -> l != null
                                && (l.material() != null && !l.material().isBlank() || l.quantity() != null))
                        .toList();
        if (lines.isEmpty()) {
            throw BusinessException.invalid("lines", "request.noLines");
        }
        if (lines.size() > MAX_LINES) {
            throw BusinessException.invalid("lines", "request.tooManyLines", MAX_LINES);
        }
        return lines;
    }
}
