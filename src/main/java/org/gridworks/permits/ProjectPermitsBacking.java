package org.gridworks.permits;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.web.FacesFeedback;
import org.gridworks.projects.ConnectionProject;
import org.gridworks.projects.ProjectService;
import org.primefaces.model.file.UploadedFile;

/**
 * The permits of one project: the tracks side by side on a parallel timeline, their documents, and the forms
 * the clerk logs each step with. One set of inputs (date, number, validity, reason) serves the button pressed.
 */
@Named
@ViewScoped
public class ProjectPermitsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PermitService permits;

    @Inject
    ProjectService projects;

    @Inject
    SystemInfo system;

    private Long projectId;
    private String projectTitle;
    private List<PermitRow> rows;
    private List<DocumentRow> documents;
    private List<Bar> bars;
    private String allGrantedOn;
    private List<TypeOption> types;

    private String newType;
    private LocalDate on;
    private String number;
    private LocalDate validFrom;
    private LocalDate validTo;
    private LocalDate worksUntil;
    private String reason;
    private String document;
    private LocalDate dueOn;
    private Long uploadDocument;
    private transient UploadedFile file;

    /** A permit type as a choice: code, name in the user's language, authority. */
    public record TypeOption(String code, String name, String authority) implements Serializable {}

    /** A required document of a track, as listed under it. */
    public record DocumentRow(
            long id,
            long trackId,
            String trackName,
            String name,
            DocumentState state,
            LocalDate deferredTo,
            String fileName,
            String late)
            implements Serializable {}

    /** A track on the parallel timeline, in percent of the span from the first submission to today or the latest date. */
    public record Bar(long trackId, String name, String style, String state) implements Serializable {}

    public void load() {
        FacesFeedback.orNotFound(this::loadNow);
    }

    void loadNow() {
        if (projectId == null) {
            throw org.gridworks.platform.BusinessException.notFound("project.notFound", "-");
        }
        ConnectionProject project = projects.find(projectId);
        projectTitle = project.getNumber() + " " + project.getCustomerName();
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<PermitTrack> tracks = permits.tracksOf(projectId);
        rows = permits.rows(tracks, locale);
        documents = new ArrayList<>();
        for (PermitTrack track : tracks) {
            for (PermitDocument d : track.getDocuments()) {
                documents.add(new DocumentRow(
                        d.getId(),
                        track.getId(),
                        track.getType().name(locale),
                        d.getName(),
                        d.getState(),
                        d.getDeferredTo(),
                        d.getFileName(),
                        permits.lateness(d)));
            }
        }
        allGrantedOn = permits.allGrantedOn(projectId).map(LocalDate::toString).orElse(null);
        types = permits.types().stream()
                .map(t -> new TypeOption(t.getCode(), t.name(locale), t.authority(locale)))
                .toList();
        bars = timeline(rows, system.today());
        if (on == null) {
            on = system.today();
        }
    }

    static List<Bar> timeline(List<PermitRow> rows, LocalDate today) {
        LocalDate start = rows.stream()
                .map(PermitRow::submittedOn)
                .filter(d -> d != null)
                .min(LocalDate::compareTo)
                .orElse(today);
        LocalDate end = today;
        for (PermitRow row : rows) {
            for (LocalDate d : new LocalDate[] {row.due(), row.decidedOn()}) {
                if (d != null && d.isAfter(end)) {
                    end = d;
                }
            }
        }
        double span = Math.max(1, ChronoUnit.DAYS.between(start, end) + 1);
        List<Bar> bars = new ArrayList<>();
        for (PermitRow row : rows) {
            if (row.submittedOn() == null) {
                bars.add(new Bar(row.id(), row.typeName(), "left:0;width:0", "waiting"));
                continue;
            }
            LocalDate stop = row.decidedOn() != null
                    ? row.decidedOn()
                    : row.due() != null && row.due().isAfter(today) ? row.due() : today;
            double left = ChronoUnit.DAYS.between(start, row.submittedOn()) * 100 / span;
            double width = Math.max(1.5, (ChronoUnit.DAYS.between(row.submittedOn(), stop) + 1) * 100 / span);
            bars.add(new Bar(
                    row.id(),
                    row.typeName(),
                    String.format(Locale.ROOT, "left:%.2f%%;width:%.2f%%", left, Math.min(width, 100 - left)),
                    row.getClockName()));
        }
        return bars;
    }

    public void addTrack() {
        act(() -> permits.addTrack(projectId, newType), "permit.added");
    }

    public void submit(PermitRow row) {
        act(() -> permits.submit(row.id(), on, row.version()), "permit.submitted");
    }

    public void requestSupplement(PermitRow row) {
        act(
                () -> permits.requestSupplement(row.id(), document, on, dueOn, row.version()),
                "permit.supplementRequested");
    }

    public void supplied(PermitRow row) {
        act(() -> permits.supplied(row.id(), on, row.version()), "permit.supplied");
    }

    public void grant(PermitRow row) {
        act(() -> permits.grant(row.id(), on, number, validFrom, validTo, worksUntil, row.version()), "permit.granted");
    }

    public void refuse(PermitRow row) {
        act(() -> permits.refuse(row.id(), on, reason, row.version()), "permit.refused");
    }

    public void withdraw(PermitRow row) {
        act(() -> permits.withdraw(row.id(), reason, row.version()), "permit.withdrawn");
    }

    public void mark(DocumentRow row, DocumentState state) {
        act(() -> permits.markDocument(row.id(), state, dueOn, null), "permit.documentMarked");
    }

    public void upload() {
        if (uploadDocument == null) {
            FacesFeedback.error("permit.chooseDocument");
            return;
        }
        if (file == null || file.getSize() == 0) {
            FacesFeedback.error("upload.empty");
            return;
        }
        byte[] content;
        try {
            content = file.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.getFileName();
        long documentId = uploadDocument;
        act(() -> permits.upload(documentId, name, content), "permit.uploaded");
    }

    private void act(Supplier<Object> action, String doneKey) {
        if (FacesFeedback.attempt(action) != null) {
            FacesFeedback.info(doneKey);
            number = null;
            reason = null;
            document = null;
            load();
        }
    }

    public boolean isClerk() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("PERMIT_CLERK");
    }

    public List<DocumentRow> documentsOf(PermitRow row) {
        return documents.stream().filter(d -> d.trackId() == row.id()).toList();
    }

    public DocumentState[] getDocumentStates() {
        return DocumentState.values();
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public String getProjectTitle() {
        return projectTitle;
    }

    public List<PermitRow> getRows() {
        return rows;
    }

    public List<Bar> getBars() {
        return bars;
    }

    public String getAllGrantedOn() {
        return allGrantedOn;
    }

    public List<TypeOption> getTypes() {
        return types;
    }

    public String getNewType() {
        return newType;
    }

    public void setNewType(String newType) {
        this.newType = newType;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public LocalDate getWorksUntil() {
        return worksUntil;
    }

    public void setWorksUntil(LocalDate worksUntil) {
        this.worksUntil = worksUntil;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDocument() {
        return document;
    }

    public void setDocument(String document) {
        this.document = document;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Long getUploadDocument() {
        return uploadDocument;
    }

    public void setUploadDocument(Long uploadDocument) {
        this.uploadDocument = uploadDocument;
    }

    public List<DocumentRow> getDocuments() {
        return documents;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
