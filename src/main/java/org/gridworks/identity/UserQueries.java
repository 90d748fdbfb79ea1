package org.gridworks.identity;

import jakarta.persistence.EntityManager;
import java.util.Optional;

/** Queries on users that several services share. */
final class UserQueries {

    private UserQueries() {
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
