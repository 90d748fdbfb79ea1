package org.gridworks.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridworks.identity.Caller;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.identity.Unit;
import org.gridworks.milestones.MilestoneDue;
import org.gridworks.milestones.PlanService;
import org.gridworks.permits.PermitService;
import org.gridworks.platform.Roles;
import org.gridworks.platform.watch.Colour;
import org.gridworks.platform.watch.SubjectType;
import org.gridworks.platform.watch.WatchSource;
import org.gridworks.platform.watch.WatchSources;
import org.gridworks.projects.ClockStatus;
import org.gridworks.projects.ProjectFilter;
import org.gridworks.projects.ProjectSearch;
import org.gridworks.requests.DeliveryState;
import org.gridworks.requests.MaterialRequestService;
import org.gridworks.stock.StockFilter;
import org.gridworks.stock.StockQueries;

/**
 * The role dashboards. Each tile is counted by the very query of the list it opens (the project list, the
 * milestone portfolio, the delivery board, the permit board, the stock check), with the filter its link carries,
 * so the number on the tile is the number of rows the user finds behind it. The supervisor's table of units asks
 * each area's watch source for its red records per unit, by the same colour rules the warnings use.
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class DashboardService {

    /** The milestone tile: due within the warning's days or late, as the warnings count them. */
    static final int MILESTONE_DAYS = MilestoneDue.WARNING_DAYS;

    @PersistenceContext
    EntityManager em;

    @Inject
    WatchSources watchSources;

    @Inject
    CurrentCaller callers;

    @Inject
    StockQueries stock;

    @Inject
    ProjectSearch projects;

    @Inject
    PlanService plans;

    @Inject
    MaterialRequestService requests;

    @Inject
    PermitService permits;

    public Dashboard forCaller(Locale locale) {
        Caller caller = callers.require();
        List<Dashboard.Tile> tiles = new ArrayList<>();
        if (caller.has(Roles.PROJECT_MANAGER)) {
            for (ClockStatus clock : List.of(ClockStatus.RED, ClockStatus.YELLOW)) {
                tiles.add(new Dashboard.Tile(
                        clock == ClockStatus.RED ? "dashboard.redProjects" : "dashboard.yellowProjects",
                        projects.count(new ProjectFilter(null, null, null, clock, null)),
                        clock.name(),
                        "/projects/index.xhtml?clock=" + clock.name()));
            }
            tiles.add(new Dashboard.Tile(
                    "dashboard.milestones",
                    plans.portfolioCount(MILESTONE_DAYS, null, null),
                    Colour.YELLOW.name(),
                    "/milestones/portfolio.xhtml?days=" + MILESTONE_DAYS));
        }
        if (caller.has(Roles.WAREHOUSE)) {
            Map<DeliveryState, Long> board = requests.boardStates();
            for (DeliveryState state : List.of(DeliveryState.RED, DeliveryState.YELLOW)) {
                tiles.add(new Dashboard.Tile(
                        state == DeliveryState.RED ? "dashboard.redDeliveries" : "dashboard.yellowDeliveries",
                        board.getOrDefault(state, 0L),
                        state.name(),
                        "/requests/board.xhtml?colour=" + state.name()));
            }
            tiles.add(new Dashboard.Tile(
                    "dashboard.belowReserve",
                    stock.count(new StockFilter(null, null, true, caller.unit())),
                    Colour.RED.name(),
                    "/stock/index.xhtml?below=true&belowIn=" + caller.unit()));
        }
        if (caller.has(Roles.PERMIT_CLERK)) {
            // a track not yet submitted has no clock, hence no colour
            Map<ClockStatus, Long> board = permits.boardColours();
            for (ClockStatus clock : List.of(ClockStatus.RED, ClockStatus.YELLOW)) {
                tiles.add(new Dashboard.Tile(
                        clock == ClockStatus.RED ? "dashboard.redPermits" : "dashboard.yellowPermits",
                        board.getOrDefault(clock, 0L),
                        clock.name(),
                        "/permits/board.xhtml?colour=" + clock.name()));
            }
        }
        List<Dashboard.UnitRow> units = new ArrayList<>();
        if (caller.seesEveryUnit()) {
            // each area counts its own red records per unit (one query per kind, not a scan per view)
            Map<SubjectType, WatchSource> sources = watchSources.byType();
            Map<Long, WatchSource.Counts> deliveries = counts(sources, SubjectType.DELIVERY);
            Map<Long, WatchSource.Counts> permitCounts = counts(sources, SubjectType.PERMIT);
            Map<Long, WatchSource.Counts> milestones = counts(sources, SubjectType.MILESTONE);
            for (Unit unit : em.createQuery("SELECT u FROM Unit u WHERE u.active = TRUE ORDER BY u.id", Unit.class)
                    .getResultList()) {
                units.add(new Dashboard.UnitRow(
                        unit.getCode(),
                        unit.name(locale),
                        projects.count(new ProjectFilter(null, null, null, ClockStatus.RED, unit.getCode())),
                        projects.count(new ProjectFilter(null, null, null, ClockStatus.YELLOW, unit.getCode())),
                        red(deliveries, unit),
                        red(permitCounts, unit),
                        red(milestones, unit)));
            }
        }
        return new Dashboard(tiles, units);
    }

    private static Map<Long, WatchSource.Counts> counts(Map<SubjectType, WatchSource> sources, SubjectType type) {
        WatchSource source = sources.get(type);
        return source == null ? Map.of() : source.countByUnit(null);
    }

    private static long red(Map<Long, WatchSource.Counts> counts, Unit unit) {
        return counts.getOrDefault(unit.getId(), WatchSource.Counts.NONE).red();
    }
}
