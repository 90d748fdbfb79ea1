package org.gridworks.capacity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gridworks.audit.AuditAction;
import org.gridworks.audit.AuditTrail;
import org.gridworks.identity.Unit;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;
import org.gridworks.platform.SystemInfo;

/**
 * Open grid capacity: administrators keep it row by row (with the version they saw) or by Excel import, all rows or
 * none; anyone reads it (the public page and API, the project page). Every change is audited.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class CapacityService {

    static final String RECORD = "GridCapacity";

    /** The largest workbook taken, page or API (platform/api/BodyLimitFilter allows the API as much). */
    public static final long MAX_FILE = 5L * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    SystemInfo system;

    /** The outcome of an import: rows created and changed, or the problems that stopped it (then nothing changed). */
    public record ImportReport(int created, int changed, List<CapacityWorkbook.Problem> problems) {

        public boolean isApplied() {
            return problems.isEmpty();
        }
    }

    /** Every row, by district (unit code), substation, then feeder (a substation's own row first). */
    public List<CapacityRow> list() {
        return rows(null);
    }

    /** The same rows for anyone: the public page and API publish them. */
    @PermitAll
    public List<CapacityRow> published() {
        return rows(null);
    }

    /** The rows of one unit's district, as the project page shows them. */
    @PermitAll
    public List<CapacityRow> ofUnit(String unitCode) {
        return rows(unitCode);
    }

    private List<CapacityRow> rows(String unitCode) {
        // one query for the rows and their districts' names
        jakarta.persistence.TypedQuery<Object[]> query = em.createQuery(
                "SELECT c, u FROM GridCapacity c, Unit u WHERE u.code = c.unitCode"
                        + (unitCode == null ? "" : " AND c.unitCode = :unit")
                        + " ORDER BY c.unitCode, c.substation, c.feederKey",
                Object[].class);
        if (unitCode != null) {
            query.setParameter("unit", unitCode);
        }
        List<Object[]> found = query.getResultList();
        return found.stream().map(r -> row((GridCapacity) r[0], (Unit) r[1])).toList();
    }

    public CapacityRow get(long id) {
        GridCapacity c = find(id);
        return row(c, unit(c.getUnitCode()));
    }

    public CapacityRow save(CapacityForm form) {
        if (form == null) {
            throw BusinessException.invalid("substation", "capacity.substationRequired");
        }
        List<CapacityRules.Problem> problems = CapacityRules.check(form, system.today());
        if (!problems.isEmpty()) {
            CapacityRules.Problem first = problems.get(0);
            throw BusinessException.invalid(first.field(), first.messageKey(), first.arguments());
        }
        Unit unit = units().get(key(form.unit()));
        if (unit == null) {
            throw BusinessException.invalid(
                    "unit", "capacity.unknownUnit", form.unit().trim());
        }
        String substation = form.substation().trim();
        String feeder = CapacityRules.feeder(form.feeder());
        GridCapacity same = at(substation, feeder);
        GridCapacity row;
        Map<String, Object> before = null;
        if (form.id() == null) {
            if (same != null) {
                throw BusinessException.invalid("feeder", "capacity.placeTaken", same.place());
            }
            row = new GridCapacity(substation, feeder);
        } else {
            row = find(form.id());
            if (form.version() == null || row.getVersion() != form.version()) {
                throw BusinessException.stale();
            }
            if (same != null && !same.getId().equals(row.getId())) {
                throw BusinessException.invalid("feeder", "capacity.placeTaken", same.place());
            }
            before = row.auditState();
        }
        row.set(substation, feeder, form.voltageKv(), unit.getCode(), form.availableKva(), form.updatedOn());
        if (form.id() == null) {
            em.persist(row);
        }
        em.flush();
        audit.recordChange(
                form.id() == null ? AuditAction.CREATE : AuditAction.UPDATE,
                RECORD,
                row.getId(),
                row.place(),
                before,
                row.auditState());
        return row(row, unit);
    }

    /** Deletes a row the user saw at {@code version}. */
    public void delete(long id, Integer version) {
        GridCapacity row = find(id);
        if (version == null || row.getVersion() != version) {
            throw BusinessException.stale();
        }
        Map<String, Object> before = row.auditState();
        em.remove(row);
        em.flush();
        audit.recordChange(AuditAction.DELETE, RECORD, id, row.place(), before, null);
    }

    public byte[] export(Locale locale) {
        return CapacityWorkbook.write(list(), locale);
    }

    /**
     * Imports a workbook: every row is checked first, and one problem anywhere imports nothing. A row whose
     * substation and feeder are kept already changes that row; the others are added. Rows not in the file stay.
     */
    public ImportReport importWorkbook(byte[] content) {
        if (content == null || content.length == 0) {
            throw BusinessException.invalid("file", "upload.empty");
        }
        if (content.length > MAX_FILE) {
            throw BusinessException.invalid("file", "reserve.fileTooLarge", MAX_FILE / 1024 / 1024);
        }
        CapacityWorkbook.Parsed parsed = CapacityWorkbook.read(content);
        List<CapacityWorkbook.Problem> problems = new ArrayList<>(parsed.problems());
        Map<String, Unit> units = units();
        Set<String> seen = new HashSet<>();
        for (CapacityWorkbook.Line line : parsed.lines()) {
            CapacityForm form = line.form();
            int before = problems.size();
            for (CapacityRules.Problem p : CapacityRules.check(form, system.today())) {
                problems.add(new CapacityWorkbook.Problem(
                        line.row(), CapacityWorkbook.column(p.field()), p.messageKey(), p.arguments()));
            }
            if (!CapacityRules.blank(form.unit()) && !units.containsKey(key(form.unit()))) {
                problems.add(new CapacityWorkbook.Problem(line.row(), "D", "capacity.unknownUnit", form.unit()));
            }
            if (problems.size() == before) {
                String place = form.substation().trim() + "\u0000" + key(CapacityRules.feeder(form.feeder()));
                if (!seen.add(place)) {
                    problems.add(new CapacityWorkbook.Problem(
                            line.row(),
                            "B",
                            "capacity.duplicateRow",
                            form.substation().trim()));
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(CapacityWorkbook.Problem::row));
            return new ImportReport(0, 0, problems);
        }
        int created = 0;
        int changed = 0;
        for (CapacityWorkbook.Line line : parsed.lines()) {
            CapacityForm form = line.form();
            String substation = form.substation().trim();
            String feeder = CapacityRules.feeder(form.feeder());
            Unit unit = units.get(key(form.unit()));
            GridCapacity row = at(substation, feeder);
            if (row == null) {
                row = new GridCapacity(substation, feeder);
                row.set(substation, feeder, form.voltageKv(), unit.getCode(), form.availableKva(), form.updatedOn());
                em.persist(row);
                created++;
            } else {
                Map<String, Object> before = row.auditState();
                row.set(substation, feeder, form.voltageKv(), unit.getCode(), form.availableKva(), form.updatedOn());
                if (!before.equals(row.auditState())) {
                    changed++;
                }
            }
        }
        em.flush();
        audit.record(
                AuditAction.UPDATE,
                RECORD,
                null,
                "import: " + parsed.lines().size() + " rows, " + created + " new, " + changed + " changed");
        return new ImportReport(created, changed, List.of());
    }

    /** The active units, by code: the districts a row may belong to. */
    public List<Unit> units(Locale locale) {
        return em.createQuery("SELECT u FROM Unit u WHERE u.active = true ORDER BY u.code", Unit.class)
                .getResultList();
    }

    private GridCapacity find(long id) {
        GridCapacity row = em.find(GridCapacity.class, id);
        if (row == null) {
            throw BusinessException.notFound("capacity.unknown", id);
        }
        return row;
    }

    private GridCapacity at(String substation, String feeder) {
        return em.createQuery(
                        "SELECT c FROM GridCapacity c WHERE c.substation = :s AND c.feederKey = :f", GridCapacity.class)
                .setParameter("s", substation)
                .setParameter("f", feeder == null ? "" : feeder)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Unit unit(String code) {
        return em.createQuery("SELECT u FROM Unit u WHERE u.code = :c", Unit.class)
                .setParameter("c", code)
                .getSingleResult();
    }

    /** Units by code, Chinese name and English name, each folded to lower case: what a "unit" cell may say. */
    private Map<String, Unit> units() {
        Map<String, Unit> byKey = new HashMap<>();
        for (Unit u : em.createQuery("SELECT u FROM Unit u WHERE u.active = true", Unit.class)
                .getResultList()) {
            byKey.put(key(u.getCode()), u);
            byKey.putIfAbsent(key(u.getNameZh()), u);
            byKey.putIfAbsent(key(u.getNameEn()), u);
        }
        return byKey;
    }

    private static String key(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }

    private static CapacityRow row(GridCapacity c, Unit u) {
        return new CapacityRow(
                c.getId(),
                c.getSubstation(),
                c.getFeeder(),
                c.getVoltageKv(),
                c.getUnitCode(),
                u.getNameZh(),
                u.getNameEn(),
                c.getAvailableKva(),
                c.getUpdatedOn(),
                c.getVersion());
    }
}
