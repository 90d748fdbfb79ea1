package org.gridworks.projects;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridworks.platform.PersonDirectory;
import org.gridworks.platform.Roles;

/**
 * Who answers for a project and its milestones: its manager, or every project manager of its unit when it has
 * none. One instance per scan, so a unit's managers are asked for once however many of its projects are watched.
 */
public final class ProjectManagers {

    private final PersonDirectory people;
    private final Map<Long, List<Long>> ofUnit = new HashMap<>();

    public ProjectManagers(PersonDirectory people) {
        this.people = people;
    }

    public List<Long> of(ConnectionProject project) {
        if (project.getManager() != null) {
            return List.of(project.getManager().getId());
        }
        return ofUnit.computeIfAbsent(
                project.getUnit().getId(), unit -> people.withRole(Roles.PROJECT_MANAGER, List.of(unit)));
    }
}
