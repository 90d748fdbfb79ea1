package org.gridworks.milestones;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridworks.identity.PersonNames;
import org.gridworks.platform.People;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.web.FacesFeedback;
import org.gridworks.projects.ConnectionProject;
import org.gridworks.projects.ProjectService;

/**
 * The plan of one project as a Gantt-like timeline (baseline and forecast bars, actual markers, today line, late
 * milestones in red) with inline editing for its project manager.
 */
@Named
@ViewScoped
public class PlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanService plans;

    @Inject
    ProjectService projects;

    @Inject
    SystemInfo system;

    @Inject
    PersonNames names;

    private Long projectId;
    private String title;
    private boolean exists;
    private boolean approved;
    private boolean supportingWorks;
    private int version;
    private LocalDate deadline;
    private boolean deadlineProvisional;
    private int floatDays;
    private String todayStyle;
    private List<Row> rows;
    private String reason;

    /** A milestone line: its dates, slip, and where its bars sit on the timeline (CSS left/width). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String name;
        private final String responsible;
        private final String responsibleName;
        private final LocalDate baseline;
        private LocalDate forecast;
        private LocalDate actual;
        private String note;
        private final int slip;
        private final boolean late;
        private final String baselineStyle;
        private final String forecastStyle;
        private final String actualStyle;
        private final boolean baselineProvisional;
        private final boolean forecastProvisional;

        Row(
                Milestone m,
                String name,
                int slip,
                boolean late,
                String baselineStyle,
                String forecastStyle,
                String actualStyle,
                boolean baselineProvisional,
                boolean forecastProvisional,
                String responsibleName) {
            this.code = m.getCode();
            this.name = name;
            this.responsible = m.getResponsible();
            this.responsibleName = responsibleName;
            this.baseline = m.getBaseline();
            this.forecast = m.getForecast();
            this.actual = m.getActual();
            this.note = m.getNote();
            this.slip = slip;
            this.late = late;
            this.baselineStyle = baselineStyle;
            this.forecastStyle = forecastStyle;
            this.actualStyle = actualStyle;
            this.baselineProvisional = baselineProvisional;
            this.forecastProvisional = forecastProvisional;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        /** The login kept on the milestone (what saving sends back). */
        public String getResponsible() {
            return responsible;
        }

        public String getResponsibleName() {
            return responsibleName;
        }

        public LocalDate getBaseline() {
            return baseline;
        }

        public LocalDate getForecast() {
            return forecast;
        }

        public void setForecast(LocalDate forecast) {
            this.forecast = forecast;
        }

        public LocalDate getActual() {
            return actual;
        }

        public void setActual(LocalDate actual) {
            this.actual = actual;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public int getSlip() {
            return slip;
        }

        public boolean isLate() {
            return late;
        }

        public String getBaselineStyle() {
            return baselineStyle;
        }

        public String getForecastStyle() {
            return forecastStyle;
        }

        public String getActualStyle() {
            return actualStyle;
        }

        /** The baseline falls in a year whose calendar is not loaded. */
        public boolean isBaselineProvisional() {
            return baselineProvisional;
        }

        public boolean isForecastProvisional() {
            return forecastProvisional;
        }
    }

    public void load() {
        FacesFeedback.orNotFound(this::loadNow);
    }

    void loadNow() {
        if (projectId == null) {
            throw org.gridworks.platform.BusinessException.notFound("project.notFound", "-");
        }
        ConnectionProject project = projects.find(projectId);
        title = project.getNumber() + " " + project.getCustomerName();
        supportingWorks = project.isNeedsSupportingWorks();
        var plan = plans.planOf(projectId);
        exists = plan.isPresent();
        rows = new ArrayList<>();
        if (plan.isEmpty()) {
            return;
        }
        MilestonePlan p = plan.get();
        approved = p.getStatus() == MilestonePlan.Status.APPROVED;
        version = p.getVersion();
        deadline = p.getDeadline();
        deadlineProvisional = plans.provisional(deadline);
        floatDays = plans.floatDays(p);
        LocalDate today = system.today();
        LocalDate start = p.getProject().getAcceptedOn();
        LocalDate end = deadline;
        for (Milestone m : p.getMilestones()) {
            for (LocalDate d : new LocalDate[] {m.getBaseline(), m.getForecast(), m.getActual(), today}) {
                if (d != null && d.isAfter(end)) {
                    end = d;
                }
                if (d != null && d.isBefore(start)) {
                    start = d;
                }
            }
        }
        double span = Math.max(1, ChronoUnit.DAYS.between(start, end) + 1);
        todayStyle = position(start, today, span);
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        People people = names.of(
                p.getMilestones().stream().map(Milestone::getResponsible).toList(), locale);
        LocalDate previousBaseline = start;
        LocalDate previousForecast = start;
        for (Milestone m : p.getMilestones()) {
            int slip = plans.slip(m);
            boolean late = m.getActual() == null
                    && m.getForecast() != null
                    && (m.getForecast().isBefore(today) || m.getForecast().isAfter(deadline) || slip > 0);
            rows.add(new Row(
                    m,
                    m.name(locale),
                    slip,
                    late,
                    bar(start, previousBaseline, m.getBaseline(), span),
                    bar(start, previousForecast, m.getForecast(), span),
                    m.getActual() == null ? null : position(start, m.getActual(), span),
                    plans.provisional(m.getBaseline()),
                    plans.provisional(m.getForecast()),
                    people.name(m.getResponsible())));
            if (m.getBaseline() != null) {
                previousBaseline = m.getBaseline();
            }
            if (m.getForecast() != null) {
                previousForecast = m.getForecast();
            }
        }
    }

    private static String bar(LocalDate start, LocalDate from, LocalDate to, double span) {
        if (to == null) {
            return "display:none";
        }
        LocalDate begin = from.isAfter(to) ? to : from;
        double left = ChronoUnit.DAYS.between(start, begin) * 100 / span;
        double width = Math.max(0.8, (ChronoUnit.DAYS.between(begin, to) + 1) * 100 / span);
        return String.format(Locale.ROOT, "left:%.2f%%;width:%.2f%%", left, Math.min(width, 100 - left));
    }

    private static String position(LocalDate start, LocalDate day, double span) {
        return String.format(Locale.ROOT, "left:%.2f%%", ChronoUnit.DAYS.between(start, day) * 100 / span);
    }

    public void create() {
        if (FacesFeedback.attempt(() -> plans.create(projectId)) != null) {
            FacesFeedback.info("plan.created");
            loadNow();
        }
    }

    public void approve() {
        if (FacesFeedback.attempt(() -> plans.approve(projectId, version)) != null) {
            FacesFeedback.info("plan.approved");
            loadNow();
        }
    }

    public void save(Row row) {
        if (FacesFeedback.attempt(() -> plans.update(
                        projectId,
                        row.getCode(),
                        row.getForecast(),
                        row.getActual(),
                        row.getResponsible(),
                        row.getNote(),
                        version))
                != null) {
            FacesFeedback.info("plan.saved");
            loadNow();
        }
    }

    public void rebaseline() {
        if (FacesFeedback.attempt(() -> plans.rebaseline(projectId, reason, version)) != null) {
            FacesFeedback.info("plan.rebaselined");
            reason = null;
            loadNow();
        }
    }

    public boolean isMayManage() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("PROJECT_MANAGER");
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public String getTitle() {
        return title;
    }

    public boolean isExists() {
        return exists;
    }

    public boolean isApproved() {
        return approved;
    }

    public boolean isSupportingWorks() {
        return supportingWorks;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public boolean isDeadlineProvisional() {
        return deadlineProvisional;
    }

    public int getFloatDays() {
        return floatDays;
    }

    public String getTodayStyle() {
        return todayStyle;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
