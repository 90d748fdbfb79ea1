package org.gridworks.projects;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a connection project in one table: each change, the statuses it may start from, and the message
 * it gives from each other status. A project is open until its last step closes (connected) and open again if
 * that step reopens; a cancelled project (only imports cancel one today) takes no change at all.
 * ConnectionProject refuses a change from any other status, whoever calls it.
 */
enum ProjectTransition {
    /** The manager's edit of the facts (a connected project's facts can still be corrected). */
    EDIT(Map.of(ProjectStatus.CANCELLED, "project.cancelled"), ProjectStatus.OPEN, ProjectStatus.CONNECTED),
    /** Any step action; the step's own table then decides (on a connected project only the last may reopen). */
    STEP(Map.of(ProjectStatus.CANCELLED, "project.cancelled"), ProjectStatus.OPEN, ProjectStatus.CONNECTED),
    /** The last step closes. */
    CONNECT(
            Map.of(ProjectStatus.CONNECTED, "step.alreadyClosed", ProjectStatus.CANCELLED, "project.cancelled"),
            ProjectStatus.OPEN),
    /** The last step reopens (a mistaken close). */
    REOPEN(
            Map.of(ProjectStatus.OPEN, "step.notClosed", ProjectStatus.CANCELLED, "project.cancelled"),
            ProjectStatus.CONNECTED);

    private final Map<ProjectStatus, String> refusals;
    private final Set<ProjectStatus> from;

    ProjectTransition(Map<ProjectStatus, String> refusals, ProjectStatus first, ProjectStatus... more) {
        this.refusals = refusals;
        this.from = EnumSet.of(first, more);
    }

    boolean allowedFrom(ProjectStatus status) {
        return from.contains(status);
    }

    /** The message key of the refusal from a status this change may not start from. */
    String refusal(ProjectStatus status) {
        return refusals.get(status);
    }
}
