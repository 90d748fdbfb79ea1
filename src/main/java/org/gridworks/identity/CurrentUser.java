package org.gridworks.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.Set;

/** The signed-in user for the page frame (name, unit, roles), read once per request. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    CurrentCaller callers;

    @Inject
    UnitService units;

    private Optional<Caller> caller;

    private Optional<Caller> caller() {
        if (caller == null) {
            String login =
                    FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
            try {
                caller = login == null ? Optional.empty() : callers.find();
            } catch (RuntimeException databaseDown) {
                // the frame of an error page must render even when the database is what failed
                caller = Optional.of(new Caller(login, login, null, Set.of()));
            }
        }
        return caller;
    }

    public boolean isSignedIn() {
        return caller().isPresent();
    }

    public String getDisplayName() {
        return caller().map(Caller::displayName).orElse("");
    }

    public String getLogin() {
        return caller().map(Caller::login).orElse("");
    }

    public String getUnitName() {
        return caller().flatMap(c -> units.find(c.unit()))
                .map(unit -> unit.name(
                        FacesContext.getCurrentInstance().getViewRoot().getLocale()))
                .orElse("");
    }
}
