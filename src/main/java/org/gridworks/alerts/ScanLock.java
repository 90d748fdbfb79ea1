package org.gridworks.alerts;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import org.gridworks.platform.Time;

/**
 * A lock in the database so that, with several application servers, one of them runs the scan at a time: a
 * conditional update takes it (or finds it taken) at once; it lapses by itself if a server dies mid-scan.
 */
@Stateless
public class ScanLock {

    static final String SCAN = "alert-scan";
    static final int LEASE_MINUTES = 10;

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean acquire(String owner) {
        LocalDateTime now = Time.now();
        return em.createNativeQuery("UPDATE job_lock SET locked_until = ?, locked_by = ? WHERE name = ?"
                        + " AND locked_until < ?")
                .setParameter(1, now.plusMinutes(LEASE_MINUTES)).setParameter(2, owner).setParameter(3, SCAN)
                .setParameter(4, now).executeUpdate() == 1;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(String owner) {
        em.createNativeQuery("UPDATE job_lock SET locked_until = ? WHERE name = ? AND locked_by = ?")
                .setParameter(1, LocalDateTime.of(2000, 1, 1, 0, 0)).setParameter(2, SCAN).setParameter(3, owner)
                .executeUpdate();
    }
}
