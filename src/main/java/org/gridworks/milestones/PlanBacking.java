package org.gridworks.milestones;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridworks.calendar.CalendarService;
import org.gridworks.identity.Caller;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.identity.PersonNames;
import org.gridworks.platform.People;
import org.gridworks.platform.Roles;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.i18n.Languages;
import org.gridworks.platform.i18n.Messages;
import org.gridworks.platform.web.FacesFeedback;
import org.gridworks.projects.ConnectionProject;
import org.gridworks.projects.ProjectService;

/**
 * The plan of one project as a Gantt (frappe-gantt, fed by PlanGantt: baseline and forecast bars, actual markers,
 * dependency arrows, the legal deadline, critical path and float) with inline editing and bar dragging for the
 * project managers of its unit.
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

    @Inject
    CurrentCaller callers;

    @Inject
    CalendarService calendar;

    private Long projectId;
    private String title;
    private boolean exists;
    private boolean approved;
    private boolean supportingWorks;
    private int version;
    private LocalDate deadline;
    private boolean deadlineProvisional;
    private int floatDays;
    private boolean mayManage;
    private String gantt;
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
        private final boolean baselineProvisional;
        private final boolean forecastProvisional;

        Row(
                Milestone m,
                String name,
                int slip,
                boolean late,
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
        Caller caller = callers.require();
        mayManage =
                caller.has(Roles.PROJECT_MANAGER) && project.getUnit().getCode().equals(caller.unit());
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
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        People people = names.of(
                p.getMilestones().stream().map(Milestone::getResponsible).toList(), locale);
        Map<String, String> milestoneNames = new HashMap<>();
        for (Milestone m : p.getMilestones()) {
            int slip = plans.slip(m);
            boolean late = m.getActual() == null
                    && m.getForecast() != null
                    && (m.getForecast().isBefore(today) || m.getForecast().isAfter(deadline) || slip > 0);
            milestoneNames.put(m.getCode(), m.name(locale));
            rows.add(new Row(
                    m,
                    m.name(locale),
                    slip,
                    late,
                    plans.provisional(m.getBaseline()),
                    plans.provisional(m.getForecast()),
                    people.name(m.getResponsible())));
        }
        gantt = PlanGantt.of(
                        p.items(),
                        milestoneNames,
                        deadline,
                        today,
                        mayManage,
                        Languages.closest(locale).toLanguageTag(),
                        (key, arguments) -> Messages.get(locale, key, arguments),
                        calendar.calendar())
                .toString();
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

    /**
     * Moves a milestone's forecast to the day its Gantt bar was dropped on: the same service call as saving its
     * row, so the same rules, version check and audit apply; on a refusal the message shows and the Gantt is drawn
     * again from the plan as it stands, so the bar goes back. The code and date come as request parameters of the
     * page's own ajax post (its view state and nonce).
     */
    public void moveForecast() {
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String code = parameters.get("code");
        Row row =
                rows.stream().filter(r -> r.getCode().equals(code)).findFirst().orElse(null);
        LocalDate forecast = parseDate(parameters.get("forecast"));
        if (row == null || forecast == null) {
            FacesFeedback.error("plan.gantt.badMove");
        } else if (FacesFeedback.attempt(() -> plans.update(
                        projectId, code, forecast, row.getActual(), row.getResponsible(), row.getNote(), version))
                != null) {
            FacesFeedback.info("plan.gantt.moved", row.getName(), forecast.toString());
        }
        loadNow();
    }

    private static LocalDate parseDate(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** A project manager of the project's unit: the services refuse everyone else's changes too. */
    public boolean isMayManage() {
        return mayManage;
    }

    /** The Gantt as JSON (PlanGantt), for the page's data attribute. */
    public String getGantt() {
        return gantt;
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
