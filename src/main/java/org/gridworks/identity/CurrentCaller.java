package org.gridworks.identity;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Optional;
import org.gridworks.platform.BusinessException;

/**
 * Who is calling a service, read from the container's security context and the user's record, once per request
 * (CallerCache).
 */
@Stateless
public class CurrentCaller {

    @Resource
    SessionContext session;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerCache cache;

    public Optional<Caller> find() {
        Principal principal = session.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        String name = principal.getName();
        Caller known = cached(name);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Caller> found = UserQueries.byLogin(em, name)
                .map(user -> new Caller(
                        user.getLogin(), user.getDisplayName(), user.getUnit().getCode(), user.getRoles()));
        found.ifPresent(caller -> remember(name, caller));
        return found;
    }

    /** Outside a request (timers, start-up work) there is nothing to remember the caller in. */
    private Caller cached(String name) {
        try {
            return cache.get(name);
        } catch (ContextNotActiveException noRequest) {
            return null;
        }
    }

    private void remember(String name, Caller caller) {
        try {
            cache.put(name, caller);
        } catch (ContextNotActiveException noRequest) {
            // resolved again next time
        }
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
