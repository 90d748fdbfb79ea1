package org.gridworks.platform.cluster;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import org.gridworks.platform.Time;

/**
 * A lease in the database (table job_lock, one row per job) so that, with several servers, one of them runs a job at
 * a time: a conditional update takes it, or finds it taken, at once, and it lapses by itself when the server holding
 * it dies. The database decides, not the Data Grid, so a job stays single even while the grid is split.
 * Each step commits on its own, so a lease is seen by the other servers while the job is still running.
 */
@Stateless
public class JobLease {

    private static final LocalDateTime FREE = LocalDateTime.of(2000, 1, 1, 0, 0);

    @PersistenceContext
    EntityManager em;

    /** Takes the job's lease for {@code length}; false when another server (or run) holds it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean acquire(String job, String owner, Duration length) {
        LocalDateTime now = Time.now();
        return em.createNativeQuery("UPDATE job_lock SET locked_until = ?, locked_by = ? WHERE name = ?"
                                + " AND locked_until < ?")
                        .setParameter(1, now.plus(length))
                        .setParameter(2, owner)
                        .setParameter(3, job)
                        .setParameter(4, now)
                        .executeUpdate()
                == 1;
    }

    /** Gives the lease back early, if this owner still holds it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(String job, String owner) {
        em.createNativeQuery("UPDATE job_lock SET locked_until = ? WHERE name = ? AND locked_by = ?")
                .setParameter(1, FREE)
                .setParameter(2, job)
                .setParameter(3, owner)
                .executeUpdate();
    }
}
