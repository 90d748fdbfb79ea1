package org.gridworks.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.gridworks.platform.Time;

/**
 * Writes the audit trail. Changes to business data are recorded in the transaction that makes them, so a
 * change and its audit line commit or roll back together; sign-ins and refusals are recorded in a transaction
 * of their own, because the work around them fails or has none.
 */
@Stateless
public class AuditTrail {

    /** The actor of what GridWorks does by itself (start-up, schedules) rather than on someone's behalf. */
    public static final String SYSTEM = "system";

    static final String ANONYMOUS = "anonymous";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /** A record was created, changed or deleted: the fields that differ between the snapshots are kept. */
    public void recordChange(
            AuditAction action,
            String recordType,
            Object recordId,
            String summary,
            Map<String, ?> before,
            Map<String, ?> after) {
        List<FieldChange> changes = Changes.between(before, after);
        if (action == AuditAction.UPDATE && changes.isEmpty()) {
            return;
        }
        persist(caller(), action, recordType, recordId, summary, changes, null);
    }

    /** An event with no field values (a password reset, a sign-out) by the caller, in the caller's transaction. */
    public void record(AuditAction action, String recordType, Object recordId, String summary) {
        persist(caller(), action, recordType, recordId, summary, List.of(), null);
    }

    /** An event that must stay on record whatever happens to the surrounding work. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSeparately(
            String actor,
            AuditAction action,
            String recordType,
            Object recordId,
            String summary,
            String clientAddress) {
        persist(actor == null ? caller() : actor, action, recordType, recordId, summary, List.of(), clientAddress);
    }

    private void persist(
            String actor,
            AuditAction action,
            String recordType,
            Object recordId,
            String summary,
            List<FieldChange> changes,
            String clientAddress) {
        em.persist(new AuditEvent(
                Time.now(),
                actor,
                action,
                recordType,
                recordId == null ? null : recordId.toString(),
                summary,
                changes,
                clientAddress));
    }

    private String caller() {
        Principal principal = session.getCallerPrincipal();
        if (principal == null || principal.getName() == null || "ANONYMOUS".equalsIgnoreCase(principal.getName())) {
            return SYSTEM;
        }
        return principal.getName();
    }
}
