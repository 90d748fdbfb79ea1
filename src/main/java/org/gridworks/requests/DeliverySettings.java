package org.gridworks.requests;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.gridworks.audit.AuditAction;
import org.gridworks.audit.AuditTrail;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.platform.AppSettings;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;

/**
 * The delivery rules administrators may change: the due period (working days after the request day, 3 by
 * default; the requirement may change it) and the transfer times from each warehouse to each unit's sites.
 * A request keeps the period it was made under.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DeliverySettings {

    static final String DUE_DAYS = "delivery.dueWorkingDays";
    static final int DEFAULT_DUE_DAYS = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller callers;

    @Inject
    AppSettings appSettings;

    /** The due period and the version of its setting row. */
    public record DuePeriod(int workingDays, int version) {}

    @PermitAll
    public DuePeriod duePeriod() {
        return appSettings
                .find(DUE_DAYS)
                .map(s -> {
                    try {
                        return new DuePeriod(Integer.parseInt(s.value().trim()), s.version());
                    } catch (NumberFormatException e) {
                        return new DuePeriod(DEFAULT_DUE_DAYS, s.version());
                    }
                })
                .orElse(new DuePeriod(DEFAULT_DUE_DAYS, -1));
    }

    public void setDuePeriod(Integer workingDays, int version) {
        if (workingDays == null || workingDays < 1 || workingDays > 30) {
            throw BusinessException.invalid("dueDays", "delivery.badDuePeriod");
        }
        DuePeriod before = duePeriod();
        if (!appSettings.update(
                DUE_DAYS, workingDays.toString(), version, callers.require().login())) {
            throw BusinessException.stale();
        }
        audit.recordChange(
                AuditAction.UPDATE,
                "Setting",
                DUE_DAYS,
                "due period",
                Map.of("value", before.workingDays()),
                Map.of("value", workingDays));
    }

    @PermitAll
    public List<TransferTime> transferTimes() {
        return em.createQuery("SELECT t FROM TransferTime t ORDER BY t.warehouseId, t.unitId", TransferTime.class)
                .getResultList();
    }

    /** A transfer time as edited, with the version the administrator saw (-1 for a new pair). */
    public record TimeChange(long warehouseId, long unitId, Integer workingDays, int version) {}

    /** Saves a table's changes together: all of them or, when one is refused, none. */
    public void setTransferTimes(List<TimeChange> changes) {
        for (TimeChange change : changes) {
            setTransferTime(change.warehouseId(), change.unitId(), change.workingDays(), change.version());
        }
    }

    public void setTransferTime(long warehouseId, long unitId, Integer workingDays, int version) {
        if (workingDays == null || workingDays < 0 || workingDays > 30) {
            throw BusinessException.invalid("workingDays", "delivery.badTransferTime");
        }
        TransferTime time = em.find(TransferTime.class, new TransferTime.Key(warehouseId, unitId));
        if (time == null) {
            em.persist(new TransferTime(warehouseId, unitId, workingDays));
            audit.record(AuditAction.CREATE, "TransferTime", warehouseId + "/" + unitId, workingDays + " working days");
            return;
        }
        if (time.getVersion() != version) {
            throw BusinessException.stale();
        }
        int before = time.getWorkingDays();
        time.set(workingDays);
        audit.recordChange(
                AuditAction.UPDATE,
                "TransferTime",
                warehouseId + "/" + unitId,
                "transfer time",
                Map.of("workingDays", before),
                Map.of("workingDays", workingDays));
    }
}
