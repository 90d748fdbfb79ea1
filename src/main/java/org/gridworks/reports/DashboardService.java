package org.gridworks.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridworks.alerts.Colour;
import org.gridworks.alerts.SubjectType;
import org.gridworks.alerts.Watched;
import org.gridworks.alerts.Watchlist;
import org.gridworks.identity.AppUser;
import org.gridworks.identity.Caller;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.identity.Roles;
import org.gridworks.identity.Unit;
import org.gridworks.stock.StockFilter;
import org.gridworks.stock.StockQueries;

/**
 * The role dashboards, from the same watch list the warnings use: a person's own yellow and red items (those they
 * answer for), the warehouse's stock below reserve, and for supervisors every unit's red items.
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class DashboardService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Watchlist watchlist;

    @Inject
    CurrentCaller callers;

    @Inject
    StockQueries stock;

    public Dashboard forCaller(Locale locale) {
        Caller caller = callers.require();
        long me = em.createQuery("SELECT u FROM AppUser u WHERE u.login = :l", AppUser.class)
                .setParameter("l", caller.login()).getSingleResult().getId();
        List<Watched> all = watchlist.now();
        List<Watched> mine = all.stream().filter(w -> w.responsible().contains(me)).toList();
        List<Dashboard.Tile> tiles = new ArrayList<>();
        if (caller.has(Roles.PROJECT_MANAGER)) {
            tiles.add(tile("dashboard.redProjects", mine, SubjectType.PROJECT, Colour.RED,
                    "/projects/index.xhtml?clock=RED"));
            tiles.add(tile("dashboard.yellowProjects", mine, SubjectType.PROJECT, Colour.YELLOW,
                    "/projects/index.xhtml?clock=YELLOW"));
            tiles.add(new Dashboard.Tile("dashboard.milestones", mine.stream()
                    .filter(w -> w.type() == SubjectType.MILESTONE).count(), "YELLOW", "/milestones/portfolio.xhtml"));
        }
        if (caller.has(Roles.WAREHOUSE)) {
            tiles.add(tile("dashboard.redDeliveries", mine, SubjectType.DELIVERY, Colour.RED, "/requests/board.xhtml"));
            tiles.add(tile("dashboard.yellowDeliveries", mine, SubjectType.DELIVERY, Colour.YELLOW,
                    "/requests/board.xhtml"));
            tiles.add(new Dashboard.Tile("dashboard.belowReserve",
                    stock.count(new StockFilter(null, null, true, caller.unit())), "RED", "/stock/index.xhtml?below=true"));
        }
        if (caller.has(Roles.PERMIT_CLERK)) {
            tiles.add(tile("dashboard.redPermits", mine, SubjectType.PERMIT, Colour.RED, "/permits/board.xhtml"));
            tiles.add(tile("dashboard.yellowPermits", mine, SubjectType.PERMIT, Colour.YELLOW, "/permits/board.xhtml"));
        }
        List<Dashboard.UnitRow> units = new ArrayList<>();
        if (caller.seesEveryUnit()) {
            for (Unit unit : em.createQuery("SELECT u FROM Unit u WHERE u.active = TRUE ORDER BY u.id", Unit.class)
                    .getResultList()) {
                List<Watched> here = all.stream().filter(w -> w.unitId() == unit.getId()).toList();
                units.add(new Dashboard.UnitRow(unit.getCode(), unit.name(locale),
                        count(here, SubjectType.PROJECT, Colour.RED), count(here, SubjectType.PROJECT, Colour.YELLOW),
                        count(here, SubjectType.DELIVERY, Colour.RED), count(here, SubjectType.PERMIT, Colour.RED),
                        count(here, SubjectType.MILESTONE, Colour.RED)));
            }
        }
        return new Dashboard(tiles, units);
    }

    private static Dashboard.Tile tile(String key, List<Watched> items, SubjectType type, Colour colour, String link) {
        return new Dashboard.Tile(key, count(items, type, colour), colour.name(), link);
    }

    private static long count(List<Watched> items, SubjectType type, Colour colour) {
        return items.stream().filter(w -> w.type() == type && w.colour() == colour).count();
    }
}
