package org.gridworks.identity;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gridworks.platform.People;
import org.gridworks.platform.PersonDirectory;
import org.gridworks.platform.i18n.Messages;

/**
 * Display names for the logins records keep (who posted, sent, changed, is responsible): one query per list shown,
 * never one per row. Records keep logins because logins never change; names are read when shown, so a renamed
 * user appears under the new name everywhere.
 */
@Stateless
@LocalBean
@Local(PersonDirectory.class) // both views: audit sees the interface, identity's own areas the class
public class PersonNames implements PersonDirectory {

    /** Logins per query: well under every database's limit on IN lists. */
    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Override
    public People of(Collection<String> logins, Locale locale) {
        List<String> wanted = new ArrayList<>(logins.stream()
                .filter(Objects::nonNull)
                .filter(login -> !People.SYSTEM.equals(login))
                .collect(Collectors.toCollection(TreeSet::new)));
        Map<String, String> names = new HashMap<>();
        for (int from = 0; from < wanted.size(); from += CHUNK) {
            List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + CHUNK));
            for (Object[] row : em.createQuery(
                            "SELECT u.login, u.displayName FROM AppUser u WHERE u.login IN :logins", Object[].class)
                    .setParameter("logins", chunk)
                    .getResultList()) {
                names.put((String) row[0], (String) row[1]);
            }
        }
        return new People(names, Messages.get(locale, "person.system"));
    }

    @Override
    public List<Long> withRole(String role, Collection<Long> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT DISTINCT u.id FROM AppUser u JOIN u.roles r WHERE r = :role"
                                + " AND u.unit.id IN :units AND u.enabled = TRUE",
                        Long.class)
                .setParameter("role", role)
                .setParameter("units", units)
                .getResultList();
    }
}
