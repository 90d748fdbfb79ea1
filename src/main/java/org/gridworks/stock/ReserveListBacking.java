package org.gridworks.stock;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.i18n.Messages;
import org.gridworks.platform.web.FacesFeedback;
import org.primefaces.model.file.UploadedFile;

/** The reserve list page: download it (with stock) as Excel, import levels from Excel with a row-by-row report. */
@Named
@ViewScoped
public class ReserveListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReserveListService reserveList;

    private transient UploadedFile file;
    private List<ProblemRow> problems = List.of();

    /** A refused row as the report shows it. */
    public record ProblemRow(int row, String column, String message) implements Serializable {}

    public void upload() {
        problems = List.of();
        if (file == null || file.getSize() == 0) {
            FacesFeedback.error("upload.empty");
            return;
        }
        if (file.getSize() > ReserveListService.MAX_FILE) {
            // the service's rule, checked here too so an oversized upload is never read into memory
            FacesFeedback.error("reserve.fileTooLarge", ReserveListService.MAX_FILE / 1024 / 1024);
            return;
        }
        byte[] content;
        try {
            content = file.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReserveListService.ImportReport report = FacesFeedback.attempt(() -> reserveList.importLevels(content));
        if (report == null) {
            return;
        }
        if (report.isApplied()) {
            FacesFeedback.info("reserve.imported", report.created(), report.changed());
        } else {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            problems = report.problems().stream()
                    .map(p -> new ProblemRow(p.row(), p.column(), Messages.get(locale, p.messageKey(), p.arguments())))
                    .toList();
            FacesFeedback.error("reserve.rejected", problems.size());
        }
    }

    public String getLanguage() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().toLanguageTag();
    }

    public List<ProblemRow> getProblems() {
        return problems;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
