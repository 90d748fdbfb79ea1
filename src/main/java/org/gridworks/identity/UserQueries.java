package org.gridworks.identity;

import jakarta.persistence.EntityManager;
import java.util.Optional;

/** Queries on users that several services share. */
final class UserQueries {

    private UserQueries() {}

    /**
     * Whether a new login would clash with an existing one as the database compares them (MariaDB's collation takes
     * Manager for manager; H2 compares exactly, hence LOWER too): the unique key would refuse it at the insert.
     */
    static boolean loginTaken(EntityManager em, String login) {
        return em.createQuery(
                                "SELECT COUNT(u) FROM AppUser u WHERE u.login = :login OR LOWER(u.login) = :lower",
                                Long.class)
                        .setParameter("login", login)
                        .setParameter("lower", login.toLowerCase(java.util.Locale.ROOT))
                        .getSingleResult()
                > 0;
    }

    /** The account whose login is exactly the text given (see Logins), not one the collation thinks alike. */
    static Optional<AppUser> byLogin(EntityManager em, String login) {
        Optional<String> exact = Logins.normalize(login);
        if (exact.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT u FROM AppUser u WHERE u.login = :login", AppUser.class)
                .setParameter("login", exact.get())
                .getResultStream()
                .filter(user -> user.getLogin().equals(exact.get()))
                .findFirst();
    }
}
