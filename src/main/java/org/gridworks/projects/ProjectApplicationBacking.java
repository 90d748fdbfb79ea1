package org.gridworks.projects;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.Time;
import org.gridworks.platform.web.FacesFeedback;

/**
 * The application part of a project's page: its document list (the "四免" flag beside it) and, for an application
 * eligible for it, the supply plan replied on site.
 */
@Named
@ViewScoped
public class ProjectApplicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectService projects;

    @Inject
    ProjectBacking page;

    /** A document type as a choice: code and name, marked when the "四免" principle exempts it. */
    public record DocumentChoice(String code, String name, boolean fourFree) implements Serializable {}

    private Long id;
    private int version;
    private List<DocumentChoice> choices;
    private List<String> documents = new ArrayList<>();
    private boolean flagged;
    private boolean onsiteEligible;
    private boolean planReplyClosed;
    private boolean hasPlanReply;
    private String onsiteReply;
    private String reply;

    public void load() {
        FacesFeedback.orNotFound(this::loadNow);
    }

    void loadNow() {
        if (id == null) {
            throw org.gridworks.platform.BusinessException.notFound("project.notFound", "-");
        }
        ConnectionProject project = projects.find(id);
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        version = project.getVersion();
        choices = projects.documentTypes().stream()
                .map(t -> new DocumentChoice(t.getCode(), t.name(locale), t.isFourFree()))
                .toList();
        documents = new ArrayList<>(project.getApplicationDocuments().stream()
                .map(ApplicationDocumentType::getCode)
                .toList());
        flagged = project.isDocumentsFlagged();
        onsiteEligible = project.isOnsiteEligible();
        onsiteReply = project.getOnsiteReply();
        ProjectStep planReply = project.step(StepCode.PLAN_REPLY).orElse(null);
        hasPlanReply = planReply != null;
        planReplyClosed = planReply != null && planReply.isClosed();
    }

    public void saveDocuments() {
        if (FacesFeedback.attempt(() -> projects.setApplicationDocuments(id, documents, version)) != null) {
            FacesFeedback.info("documents.saved");
            loadNow();
        }
    }

    public void replyOnSite() {
        if (FacesFeedback.attempt(() -> projects.replyOnSite(id, reply, Time.now(), version)) != null) {
            FacesFeedback.info("step.closed");
            reply = null;
            loadNow();
            // the steps and clocks above changed too
            page.load();
        }
    }

    public boolean isMayManage() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("PROJECT_MANAGER");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<DocumentChoice> getChoices() {
        return choices;
    }

    public List<String> getDocuments() {
        return documents;
    }

    public void setDocuments(List<String> documents) {
        this.documents = documents == null ? new ArrayList<>() : new ArrayList<>(documents);
    }

    public boolean isFlagged() {
        return flagged;
    }

    public boolean isOnsiteEligible() {
        return onsiteEligible;
    }

    public boolean isPlanReplyClosed() {
        return planReplyClosed;
    }

    public boolean isHasPlanReply() {
        return hasPlanReply;
    }

    public String getOnsiteReply() {
        return onsiteReply;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }
}
