package org.gridworks.identity;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Optional;
import org.gridworks.platform.BusinessException;

/** Who is calling a service, read from the container's security context and the user's record. */
@Stateless
public class CurrentCaller {

    @Resource
    SessionContext session;

    @PersistenceContext
    EntityManager em;

    public Optional<Caller> find() {
        Principal principal = session.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        return UserQueries.byLogin(em, principal.getName())
                .map(user -> new Caller(user.getLogin(), user.getDisplayName(), user.getUnit().getCode(),
                        user.getRoles()));
    }

    public Caller require() {
        return find().orElseThrow(BusinessException::forbidden);
    }

    /** Refuses the call unless the caller may act on records of that unit. */
    public Caller requireUnit(String recordUnit) {
        Caller caller = require();
        if (!caller.mayActIn(recordUnit)) {
            throw BusinessException.forbidden();
        }
        return caller;
    }
}
