package org.gridworks.stock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridworks.audit.AuditAction;
import org.gridworks.audit.AuditTrail;
import org.gridworks.identity.Caller;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;

/**
 * The reserve list: levels one at a time (with the version the user saw) and whole lists from Excel, all or
 * nothing. Warehouse staff keep the levels of their own unit's warehouses, administrators those of every one.
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.SUPERVISOR, Roles.ADMIN})
public class ReserveListService {

    static final String RECORD = "ReserveLevel";

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalogue catalogue;

    @Inject
    StockQueries stock;

    @Inject
    CurrentCaller callers;

    @Inject
    AuditTrail audit;

    /** The outcome of an import: how many levels were written, or the problems that stopped it. */
    public record ImportReport(int created, int changed, List<ReserveListWorkbook.Problem> problems) {

        public boolean isApplied() {
            return problems.isEmpty();
        }
    }

    /** Every pair on the reserve list or holding stock, by material code then warehouse. */
    public byte[] export(Locale locale) {
        List<ReserveListWorkbook.Line> lines = new ArrayList<>();
        long total = stock.count(new StockFilter(null, null, false));
        for (int first = 0; first < total; first += 200) {
            for (MaterialStock row : stock.page(new StockFilter(null, null, false), first, 200)) {
                for (StockCell cell : row.cells()) {
                    Balance b = cell.balance();
                    if (cell.minimum() != null || b.onHand() > 0 || b.inTransit() > 0) {
                        lines.add(new ReserveListWorkbook.Line(row.material(), cell));
                    }
                }
            }
        }
        return ReserveListWorkbook.write(lines, locale);
    }

    /** The largest workbook taken, page or API (the API's body limit is the same, platform/api/BodyLimitFilter). */
    public static final long MAX_FILE = 5L * 1024 * 1024;

    @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
    public ImportReport importLevels(byte[] content) {
        Caller caller = callers.require();
        if (content == null || content.length == 0) {
            throw BusinessException.invalid("file", "upload.empty");
        }
        if (content.length > MAX_FILE) {
            throw BusinessException.invalid("file", "reserve.fileTooLarge", MAX_FILE / 1024 / 1024);
        }
        ReserveListWorkbook.Parsed parsed = ReserveListWorkbook.read(content);
        List<ReserveListWorkbook.Problem> problems = new ArrayList<>(parsed.problems());
        Map<String, Material> materials = new HashMap<>();
        Map<String, Warehouse> warehouses = new HashMap<>();
        catalogue.warehouses().forEach(w -> warehouses.put(w.getCode(), w));
        List<ReserveListWorkbook.LevelRow> good = new ArrayList<>();
        for (ReserveListWorkbook.LevelRow row : parsed.rows()) {
            Material material = materials.computeIfAbsent(
                    row.material(),
                    code -> catalogue.material(code).filter(Material::isActive).orElse(null));
            Warehouse warehouse = warehouses.get(row.warehouse());
            int before = problems.size();
            if (material == null) {
                problems.add(
                        new ReserveListWorkbook.Problem(row.row(), "A", "reserve.unknownMaterial", row.material()));
            }
            if (warehouse == null) {
                problems.add(
                        new ReserveListWorkbook.Problem(row.row(), "B", "reserve.unknownWarehouse", row.warehouse()));
            } else if (!caller.has(Roles.ADMIN) && !warehouse.unitCode().equals(caller.unit())) {
                // another unit's rows come back unchanged from an export: passed over; a change is refused
                ReserveLevel current = material == null
                        ? null
                        : em.find(ReserveLevel.class, new PairKey(material.getId(), warehouse.getId()));
                boolean unchanged = current != null
                        && current.getMinimum() == row.minimum()
                        && current.getCeiling() == row.ceiling();
                if (unchanged) {
                    continue;
                }
                problems.add(
                        new ReserveListWorkbook.Problem(row.row(), "B", "reserve.notYourWarehouse", row.warehouse()));
            }
            if (problems.size() == before) {
                good.add(row);
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(ReserveListWorkbook.Problem::row));
            return new ImportReport(0, 0, problems);
        }
        int created = 0;
        int changed = 0;
        for (ReserveListWorkbook.LevelRow row : good) {
            Material material = materials.get(row.material());
            Warehouse warehouse = warehouses.get(row.warehouse());
            ReserveLevel level = em.find(ReserveLevel.class, new PairKey(material.getId(), warehouse.getId()));
            if (level == null) {
                em.persist(new ReserveLevel(material.getId(), warehouse.getId(), row.minimum(), row.ceiling()));
                created++;
            } else if (level.getMinimum() != row.minimum() || level.getCeiling() != row.ceiling()) {
                level.set(row.minimum(), row.ceiling());
                changed++;
            }
        }
        audit.record(
                AuditAction.UPDATE,
                RECORD,
                null,
                "import: " + good.size() + " rows, " + created + " new, " + changed + " changed");
        return new ImportReport(created, changed, List.of());
    }

    /** Sets one level, unless someone changed it since the user saw it (version of the level, null when new). */
    @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
    public ReserveLevel setLevel(
            String materialCode, String warehouseCode, Integer minimum, Integer ceiling, Integer version) {
        Caller caller = callers.require();
        Material material = catalogue.requireMaterial("material", materialCode);
        Warehouse warehouse = catalogue.requireWarehouse("warehouse", warehouseCode);
        if (!caller.has(Roles.ADMIN) && !warehouse.unitCode().equals(caller.unit())) {
            throw BusinessException.forbidden();
        }
        if (minimum == null || minimum < 0) {
            throw BusinessException.invalid("minimum", "reserve.levelInvalid");
        }
        if (ceiling == null) {
            throw BusinessException.invalid("ceiling", "reserve.numberMissing");
        }
        if (ceiling < minimum) {
            throw BusinessException.invalid("ceiling", "reserve.ceilingBelowMinimum", ceiling, minimum);
        }
        if (ceiling > StockCommands.MAX_QUANTITY) {
            throw BusinessException.invalid("ceiling", "stock.quantityTooLarge", StockCommands.MAX_QUANTITY);
        }
        ReserveLevel level = em.find(ReserveLevel.class, new PairKey(material.getId(), warehouse.getId()));
        Map<String, Object> before = level == null ? null : state(level);
        if (level == null) {
            if (version != null) {
                throw BusinessException.stale(); // it was deleted or never there when the user loaded it
            }
            level = new ReserveLevel(material.getId(), warehouse.getId(), minimum, ceiling);
            em.persist(level);
        } else {
            if (version == null || version != level.getVersion()) {
                throw BusinessException.stale();
            }
            level.set(minimum, ceiling);
        }
        em.flush();
        audit.recordChange(
                before == null ? AuditAction.CREATE : AuditAction.UPDATE,
                RECORD,
                material.getCode() + "@" + warehouse.getCode(),
                material.getName(),
                before,
                state(level));
        return level;
    }

    private static Map<String, Object> state(ReserveLevel level) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("minimum", level.getMinimum());
        state.put("ceiling", level.getCeiling());
        return state;
    }
}
