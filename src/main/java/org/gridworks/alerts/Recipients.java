package org.gridworks.alerts;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gridworks.identity.Unit;
import org.gridworks.platform.AppSettings;
import org.gridworks.platform.PersonDirectory;
import org.gridworks.platform.Roles;
import org.gridworks.platform.watch.Colour;
import org.gridworks.platform.watch.Watched;

/**
 * Who is told about a warning, by the ladder administrators keep per colour (app_setting alerts.ladder.*):
 * RESPONSIBLE (the person the record names, or the unit's staff of that kind), UNIT_SUPERVISORS (the record's
 * unit's supervisors), PARENT_SUPERVISORS (the supervisors of the unit above it, e.g. the city company).
 */
@Stateless
public class Recipients {

    public static final List<String> STEPS = List.of("RESPONSIBLE", "UNIT_SUPERVISORS", "PARENT_SUPERVISORS");

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonDirectory people;

    @Inject
    AppSettings appSettings;

    public List<String> ladder(Colour colour) {
        String value = appSettings
                .find("alerts.ladder." + colour)
                .map(AppSettings.Setting::value)
                .orElse(colour == Colour.RED ? String.join(",", STEPS) : "RESPONSIBLE");
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(STEPS::contains)
                .toList();
    }

    public Set<Long> of(Watched watched) {
        Set<Long> users = new LinkedHashSet<>();
        Unit unit = em.find(Unit.class, watched.unitId());
        for (String step : ladder(watched.colour())) {
            switch (step) {
                case "RESPONSIBLE" -> users.addAll(watched.responsible());
                case "UNIT_SUPERVISORS" -> users.addAll(people.withRole(Roles.SUPERVISOR, List.of(watched.unitId())));
                case "PARENT_SUPERVISORS" -> {
                    if (unit != null && unit.getParent() != null) {
                        users.addAll(people.withRole(
                                Roles.SUPERVISOR, List.of(unit.getParent().getId())));
                    }
                }
                default -> {
                    // unknown steps are filtered out by ladder()
                }
            }
        }
        return users;
    }

    /** For the admin page: every colour's steps as configured, as bundle keys (alertLadder.*). */
    public java.util.Map<Colour, List<String>> describe() {
        java.util.Map<Colour, List<String>> ladders = new java.util.EnumMap<>(Colour.class);
        for (Colour colour : Colour.values()) {
            ladders.put(colour, ladder(colour));
        }
        return ladders;
    }
}
