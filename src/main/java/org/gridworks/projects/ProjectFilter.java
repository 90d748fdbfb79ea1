package org.gridworks.projects;

/** What the project list shows; every part optional. unit counts only for supervisors and administrators. */
public record ProjectFilter(String text, ProjectStatus status, Category category, ClockStatus clock, String unit) {

    public static ProjectFilter none() {
        return new ProjectFilter(null, null, null, null, null);
    }
}
