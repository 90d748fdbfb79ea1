package org.gridworks.projects;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.Time;
import org.gridworks.platform.web.FacesFeedback;

/**
 * One project: its facts and category, its clocks, its steps on a timeline, and the step actions for its
 * project manager (open, close, pause, resume, reopen), each at a date and time the manager may adjust.
 */
@Named
@ViewScoped
public class ProjectBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectService projects;

    @Inject
    SystemInfo system;

    private Long id;
    /** An entity, not kept with the session: read again when the view comes back without it (on another server). */
    private transient ConnectionProject project;

    private List<Clock> clocks;
    private String explanation;
    private boolean earliestPolicy;
    private List<Bar> bars;
    private int version;

    private LocalDateTime at;
    private String reason;

    /** A step on the timeline: where it starts and how wide it is, in percent of the project's span. */
    public record Bar(String code, double left, double width, String state) implements Serializable {

        public String getCode() {
            return code;
        }

        public String getStyle() {
            return String.format(java.util.Locale.ROOT, "left:%.2f%%;width:%.2f%%", left, Math.max(width, 1.5));
        }

        public String getState() {
            return state;
        }
    }

    public void load() {
        FacesFeedback.orNotFound(this::loadNow);
    }

    void loadNow() {
        if (id == null) {
            throw org.gridworks.platform.BusinessException.notFound("project.notFound", "-");
        }
        project = projects.find(id);
        version = project.getVersion();
        clocks = projects.clocksOf(id);
        earliestPolicy = projects.policyOf(id).earliestUsed();
        explanation = CategoryExplanation.of(
                project, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        bars = timeline(project, system.today());
        if (at == null) {
            at = Time.now().truncatedTo(ChronoUnit.MINUTES);
        }
    }

    static List<Bar> timeline(ConnectionProject project, LocalDate today) {
        LocalDateTime start = project.getAcceptedOn().atStartOfDay();
        LocalDateTime end = today.plusDays(1).atStartOfDay();
        for (ProjectStep step : project.getSteps()) {
            if (step.getClosedAt() != null && step.getClosedAt().isAfter(end)) {
                end = step.getClosedAt();
            }
        }
        double span = Math.max(1, ChronoUnit.MINUTES.between(start, end));
        List<Bar> bars = new ArrayList<>();
        for (ProjectStep step : project.getSteps()) {
            if (!step.isOpened()) {
                bars.add(new Bar(step.getCode().name(), 0, 0, "waiting"));
                continue;
            }
            LocalDateTime stepEnd = step.isClosed() ? step.getClosedAt() : end;
            double left = ChronoUnit.MINUTES.between(start, step.getOpenedAt()) * 100 / span;
            double width = ChronoUnit.MINUTES.between(step.getOpenedAt(), stepEnd) * 100 / span;
            bars.add(new Bar(
                    step.getCode().name(),
                    left,
                    width,
                    step.isClosed() ? "closed" : step.isPaused() ? "paused" : "running"));
        }
        return bars;
    }

    public void open(StepCode code) {
        act(() -> projects.openStep(id, code, at, version), "step.opened");
    }

    public void close(StepCode code) {
        act(() -> projects.closeStep(id, code, at, version), "step.closed");
    }

    public void pause(StepCode code) {
        act(() -> projects.pauseStep(id, code, at, reason, version), "step.paused");
    }

    public void resume(StepCode code) {
        act(() -> projects.resumeStep(id, code, at, version), "step.resumed");
    }

    public void reopen(StepCode code) {
        act(() -> projects.reopenStep(id, code, reason, version), "step.reopened");
    }

    private void act(Runnable action, String doneKey) {
        if (FacesFeedback.attempt(action)) {
            FacesFeedback.info(doneKey);
            reason = null;
            load();
        }
    }

    public boolean isMayManage() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getExternalContext().isUserInRole("PROJECT_MANAGER");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ConnectionProject getProject() {
        if (project == null && id != null) {
            project = projects.find(id);
        }
        return project;
    }

    public List<Clock> getClocks() {
        return clocks;
    }

    public String getExplanation() {
        return explanation;
    }

    public boolean isEarliestPolicy() {
        return earliestPolicy;
    }

    public List<Bar> getBars() {
        return bars;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public void setAt(LocalDateTime at) {
        this.at = at;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
