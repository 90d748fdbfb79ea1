package org.gridworks.requests;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.gridworks.calendar.CalendarService;
import org.gridworks.calendar.WorkingDayCalendar;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.Time;
import org.gridworks.platform.db.DatabaseSettings;
import org.gridworks.projects.ConnectionProject;
import org.gridworks.stock.Balance;
import org.gridworks.stock.Material;
import org.gridworks.stock.MovementType;
import org.gridworks.stock.StockLedger;
import org.gridworks.stock.StockPosting;
import org.gridworks.stock.Warehouse;

/**
 * Demo mode only: material requests of the Wucheng demo projects in every state, dated relative to today
 * (reserved today, picked and due tomorrow, dispatched and due today, overdue, delivered on time, delivered late,
 * cancelled), one sourced from the central warehouse because Wucheng does not keep the material, and one that
 * could only come from Pan'an and cannot meet its due date. Stock is reserved and issued through the ledger.
 */
@Startup
@Singleton
@DependsOn({"DemoStock", "DemoPlans"})
public class DemoRequests {

    private static final Logger LOG = Logger.getLogger(DemoRequests.class.getName());
    private static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    DatabaseSettings database;

    @Inject
    CalendarService calendars;

    @Inject
    SystemInfo system;

    @Inject
    StockLedger ledger;

    /** A scenario: working days ago requested, what happened, and where the material comes from. */
    private record Scenario(
            int daysAgo, RequestStatus status, int deliveredAfter, String warehouse, int material, int quantity) {}

    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario(0, RequestStatus.RESERVED, 0, "WH-WC", 7, 120),
            new Scenario(2, RequestStatus.PICKED, 0, "WH-WC", 33, 6),
            new Scenario(3, RequestStatus.DISPATCHED, 0, "WH-WC", 38, 40),
            new Scenario(5, RequestStatus.RESERVED, 0, "WH-WC", 8, 80),
            new Scenario(8, RequestStatus.DELIVERED, 2, "WH-WC", 6, 150),
            new Scenario(12, RequestStatus.DELIVERED, 5, "WH-WC", 28, 10),
            new Scenario(1, RequestStatus.CANCELLED, 0, "WH-WC", 56, 20),
            new Scenario(1, RequestStatus.RESERVED, 0, "WH-JH", 4, 100),
            new Scenario(0, RequestStatus.RESERVED, 0, "WH-PA", 17, 1));

    @PostConstruct
    void seed() {
        if (!database.wantsDemoData()
                || !em.createQuery("SELECT r.id FROM MaterialRequest r", Long.class)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty()) {
            return;
        }
        List<ConnectionProject> projects = em.createQuery(
                        "SELECT p FROM ConnectionProject p WHERE p.unit.code = 'WC'" + " ORDER BY p.acceptedOn",
                        ConnectionProject.class)
                .getResultList();
        List<Material> materials = em.createQuery("SELECT m FROM Material m ORDER BY m.code", Material.class)
                .getResultList();
        if (projects.isEmpty() || materials.size() < 60) {
            return;
        }
        WorkingDayCalendar calendar = calendars.calendar();
        LocalDate today = system.today();
        int made = 0;
        for (int i = 0; i < SCENARIOS.size(); i++) {
            Scenario s = SCENARIOS.get(i);
            ConnectionProject project = projects.get(i % projects.size());
            Warehouse warehouse = em.createQuery("SELECT w FROM Warehouse w WHERE w.code = :c", Warehouse.class)
                    .setParameter("c", s.warehouse())
                    .getSingleResult();
            Material material = materials.get(s.material());
            LocalDate day = calendar.daysBackCovering(today, s.daysAgo());
            if (day.isBefore(project.getAcceptedOn())) {
                day = project.getAcceptedOn();
            }
            if (ledger.lock(material, warehouse).balance().available() < s.quantity()) {
                continue;
            }
            // 09:30 on the day and each step a few hours on, but never later than now: a step stamped in the future
            // (the demo loads early in the morning) would refuse the next one until then, as "before the previous step"
            LocalDateTime at = past(day.atTime(9, 30), 5);
            LocalDate due = DeliveryClock.due(day, DeliverySettings.DEFAULT_DUE_DAYS, calendar);
            int transfer = em.createQuery(
                            "SELECT t.workingDays FROM TransferTime t WHERE t.warehouseId = :w" + " AND t.unitId = :u",
                            Integer.class)
                    .setParameter("w", warehouse.getId())
                    .setParameter("u", project.getUnit().getId())
                    .getResultStream()
                    .findFirst()
                    .orElse(1);
            LocalDate expected = calendar.addWorkingDays(day, transfer).due();
            MaterialRequest request = new MaterialRequest(
                    project,
                    project.getCustomerName() + " 施工现场",
                    at,
                    DeliverySettings.DEFAULT_DUE_DAYS,
                    due,
                    at,
                    SYSTEM);
            RequestLine line = request.addLine(
                    material.getId(), warehouse.getId(), s.quantity(), transfer, expected, !expected.isAfter(due));
            em.persist(request);
            em.flush();
            post(
                    request,
                    MovementType.RESERVATION,
                    material,
                    warehouse,
                    s.quantity(),
                    Balance.Delta.reservation(s.quantity()),
                    at);
            switch (s.status()) {
                case PICKED -> request.pick(past(at.plusHours(4), 4));
                case DISPATCHED -> {
                    request.pick(past(at.plusHours(2), 4));
                    dispatch(request, material, warehouse, s.quantity(), past(at.plusHours(5), 3));
                }
                case DELIVERED -> {
                    request.pick(at.plusHours(2));
                    dispatch(request, material, warehouse, s.quantity(), at.plusHours(5));
                    LocalDateTime arrived = calendar.addWorkingDays(day, s.deliveredAfter())
                            .due()
                            .atTime(15, 10);
                    request.deliver(Map.of(line, s.quantity()), arrived, "王建军", SYSTEM);
                }
                case CANCELLED -> {
                    post(
                            request,
                            MovementType.RELEASE,
                            material,
                            warehouse,
                            s.quantity(),
                            Balance.Delta.release(s.quantity()),
                            past(at.plusHours(1), 4));
                    request.cancel(past(at.plusHours(1), 4), "客户推迟施工，改期另行申请");
                }
                default -> {
                    // reserved: waiting for the warehouse
                }
            }
            made++;
        }
        int count = made;
        LOG.info(() -> "Demo data: " + count + " material requests");
    }

    /** The time, or that many minutes before now if it would be later: the demo never records the future. */
    private static LocalDateTime past(LocalDateTime at, int minutesBeforeNow) {
        LocalDateTime latest = Time.now().minusMinutes(minutesBeforeNow);
        return at.isAfter(latest) ? latest : at;
    }

    private void dispatch(
            MaterialRequest request, Material material, Warehouse warehouse, int quantity, LocalDateTime at) {
        post(request, MovementType.ISSUE, material, warehouse, quantity, Balance.Delta.issueReserved(quantity), at);
        request.dispatch(request.getLines(), at);
    }

    private void post(
            MaterialRequest request,
            MovementType type,
            Material material,
            Warehouse warehouse,
            int quantity,
            Balance.Delta delta,
            LocalDateTime at) {
        StockPosting posting = new StockPosting(
                        null,
                        "demo",
                        type,
                        at.isAfter(Time.now()) ? Time.now() : at,
                        SYSTEM,
                        null,
                        request.getProject(),
                        "MR-" + request.getId(),
                        null)
                .forRequest(request.getId());
        ledger.post(posting, List.of(new StockLedger.Effect(material, warehouse, type, quantity, delta, null)));
    }
}
