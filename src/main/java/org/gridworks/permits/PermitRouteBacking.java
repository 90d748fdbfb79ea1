package org.gridworks.permits;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gridworks.platform.web.FacesFeedback;
import org.gridworks.projects.ConnectionProject;
import org.gridworks.projects.ProjectService;
import org.gridworks.projects.SiteFacts;

/**
 * The route part of a project's permits page: the site facts (managers and clerks record them), the tracks the
 * routes propose with the clerk's confirm or override, and why each permit type is or is not needed.
 */
@Named
@ViewScoped
public class PermitRouteBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RouteProposals proposals;

    @Inject
    ProjectService projects;

    @Inject
    ProjectPermitsBacking tracks;

    private Long projectId;
    private int projectVersion;
    private List<ProposalRow> rows;
    private List<WhyRow> why;

    private Integer newLineMetres = 0;
    private boolean crossesRoad;
    private boolean occupiesGreenSpace;
    private boolean inProtectedZone;
    private boolean simpleScheme;

    private String overrideMode;
    private String overrideReason;

    /** A proposal as the page lists it. */
    public record ProposalRow(
            long id,
            String permitType,
            PermitMode mode,
            String because,
            PermitProposal.State state,
            PermitMode chosenMode,
            String reason,
            int version)
            implements Serializable {}

    /** Why one permit type is or is not needed. */
    public record WhyRow(String permitType, boolean needed, PermitMode mode, String because, String unmet)
            implements Serializable {}

    public void load() {
        FacesFeedback.orNotFound(this::loadNow);
    }

    void loadNow() {
        if (projectId == null) {
            throw org.gridworks.platform.BusinessException.notFound("project.notFound", "-");
        }
        ConnectionProject project = projects.find(projectId);
        projectVersion = project.getVersion();
        SiteFacts site = project.siteFacts();
        newLineMetres = site.newLineMetres();
        crossesRoad = site.crossesRoad();
        occupiesGreenSpace = site.occupiesGreenSpace();
        inProtectedZone = site.inProtectedZone();
        simpleScheme = site.simpleScheme();
        rows = proposals.proposals(projectId).stream()
                .map(p -> new ProposalRow(
                        p.getId(),
                        p.getPermitType(),
                        p.getMode(),
                        words(p.getBecause()),
                        p.getState(),
                        p.getChosenMode(),
                        p.getReason(),
                        p.getVersion()))
                .toList();
        why = proposals.why(projectId).stream()
                .map(w -> new WhyRow(
                        w.permitType(),
                        w.isNeeded(),
                        w.mode(),
                        w.because() == null ? null : words(w.because()),
                        w.unmet().stream()
                                .map(this::words)
                                .collect(java.util.stream.Collectors.joining(text("route.orSeparator")))))
                .toList();
    }

    /** A rule's condition as the page's reader says it, not as administrators write it. */
    private String words(String condition) {
        return RouteCondition.describe(condition, this::text);
    }

    private String text(String key) {
        java.util.Locale locale =
                FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return org.gridworks.platform.i18n.Messages.get(locale, key);
    }

    public void saveFacts() {
        SiteFacts facts = new SiteFacts(
                newLineMetres == null ? 0 : newLineMetres,
                crossesRoad,
                occupiesGreenSpace,
                inProtectedZone,
                simpleScheme);
        if (FacesFeedback.attempt(() -> projects.updateSiteFacts(projectId, facts, projectVersion)) != null) {
            FacesFeedback.info("site.saved");
            loadNow();
        }
    }

    public void confirm(ProposalRow row) {
        if (FacesFeedback.attempt(() -> proposals.confirm(row.id(), row.version())) != null) {
            FacesFeedback.info("proposals.confirmed");
            reload();
        }
    }

    public void override(ProposalRow row) {
        PermitMode mode = overrideMode == null || overrideMode.isBlank() ? null : PermitMode.valueOf(overrideMode);
        if (FacesFeedback.attempt(() -> proposals.override(row.id(), mode, overrideReason, row.version())) != null) {
            FacesFeedback.info("proposals.overridden");
            overrideReason = null;
            reload();
        }
    }

    private void reload() {
        loadNow();
        tracks.load();
    }

    public boolean isClerk() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("PERMIT_CLERK");
    }

    public boolean isMayEditFacts() {
        var context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole("PERMIT_CLERK") || context.isUserInRole("PROJECT_MANAGER");
    }

    /** A permit type's name in the page's language (its code when the type is unknown). */
    public String typeName(String code) {
        return tracks.getTypes().stream()
                .filter(t -> t.code().equals(code))
                .map(ProjectPermitsBacking.TypeOption::name)
                .findFirst()
                .orElse(code);
    }

    public PermitMode[] getModes() {
        return PermitMode.values();
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public List<ProposalRow> getRows() {
        return rows;
    }

    public List<WhyRow> getWhy() {
        return why;
    }

    public Integer getNewLineMetres() {
        return newLineMetres;
    }

    public void setNewLineMetres(Integer newLineMetres) {
        this.newLineMetres = newLineMetres;
    }

    public boolean isCrossesRoad() {
        return crossesRoad;
    }

    public void setCrossesRoad(boolean crossesRoad) {
        this.crossesRoad = crossesRoad;
    }

    public boolean isOccupiesGreenSpace() {
        return occupiesGreenSpace;
    }

    public void setOccupiesGreenSpace(boolean occupiesGreenSpace) {
        this.occupiesGreenSpace = occupiesGreenSpace;
    }

    public boolean isInProtectedZone() {
        return inProtectedZone;
    }

    public void setInProtectedZone(boolean inProtectedZone) {
        this.inProtectedZone = inProtectedZone;
    }

    public boolean isSimpleScheme() {
        return simpleScheme;
    }

    public void setSimpleScheme(boolean simpleScheme) {
        this.simpleScheme = simpleScheme;
    }

    public String getOverrideMode() {
        return overrideMode;
    }

    public void setOverrideMode(String overrideMode) {
        this.overrideMode = overrideMode;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }
}
