package org.gridworks.platform;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The administrator settings rules read at run time (table app_setting, one row per key, with a version so an
 * edit made on a stale page is refused). Callers check who may change what.
 */
@Stateless
public class AppSettings {

    @PersistenceContext
    EntityManager em;

    /** A setting's value and the version it was read at. */
    public record Setting(String value, int version) {}

    public Optional<Setting> find(String key) {
        List<?> rows = em.createNativeQuery("SELECT setting_value, version FROM app_setting WHERE setting_key = ?")
                .setParameter(1, key)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Setting(row[0].toString(), ((Number) row[1]).intValue()));
    }

    /** Changes a setting if it still has the version the user saw; false when someone changed it meanwhile. */
    public boolean update(String key, String value, int version, String by) {
        return em.createNativeQuery("UPDATE app_setting SET setting_value = ?, version = version + 1,"
                                + " updated_at = ?, updated_by = ? WHERE setting_key = ? AND version = ?")
                        .setParameter(1, value)
                        .setParameter(2, Time.now())
                        .setParameter(3, by)
                        .setParameter(4, key)
                        .setParameter(5, version)
                        .executeUpdate()
                == 1;
    }
}
