package org.gridworks.identity;

import jakarta.persistence.EntityManager;
import java.util.Optional;

/** Queries on users that several services share. */
final class UserQueries {

    private UserQueries() {
    }

    static Optional<AppUser> byLogin(EntityManager em, String login) {
        if (login == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT u FROM AppUser u WHERE u.login = :login", AppUser.class)
                .setParameter("login", login.trim())
                .getResultStream()
                .findFirst();
    }
}
