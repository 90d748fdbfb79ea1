package org.gridworks.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A connected project's final clock: the reports count these (one per scope: the main clock and each step). */
@Entity
@IdClass(ClockResult.Key.class)
@Table(name = "project_clock_result")
public class ClockResult {

    @Id
    @Column(name = "project_id")
    private Long projectId;

    @Id
    @Column(length = 32)
    private String scope;

    @Column(nullable = false)
    private boolean main;

    @Column(name = "limit_days", nullable = false)
    private int limitDays;

    @Column(name = "used_days", nullable = false)
    private int usedDays;

    @Column(nullable = false)
    private boolean met;

    protected ClockResult() {}

    ClockResult(long projectId, Clock clock, boolean main) {
        this.projectId = projectId;
        this.scope = clock.scope();
        set(clock, main);
    }

    void set(Clock clock, boolean main) {
        this.main = main;
        this.limitDays = clock.limitWorkingDays();
        this.usedDays = clock.usedWorkingDays();
        this.met = clock.usedWorkingDays() <= clock.limitWorkingDays();
    }

    public String getScope() {
        return scope;
    }

    public boolean isMain() {
        return main;
    }

    public int getLimitDays() {
        return limitDays;
    }

    public int getUsedDays() {
        return usedDays;
    }

    public boolean isMet() {
        return met;
    }

    /** The key: project and scope. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long projectId;
        private String scope;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(projectId, key.projectId)
                    && Objects.equals(scope, key.scope);
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, scope);
        }
    }
}
