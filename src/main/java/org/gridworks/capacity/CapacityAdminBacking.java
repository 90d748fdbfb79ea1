package org.gridworks.capacity;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.i18n.Messages;
import org.gridworks.platform.web.FacesFeedback;
import org.primefaces.model.file.UploadedFile;

/** The administrator's capacity page: the list, a form to add or change a row, delete, Excel export and import. */
@Named
@ViewScoped
public class CapacityAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CapacityService capacity;

    @Inject
    SystemInfo system;

    private List<CapacityRow> rows;
    private boolean editing;
    private Long id;
    private String substation;
    private String feeder;
    private BigDecimal voltageKv;
    private String unit;
    private Integer availableKva;
    private LocalDate updatedOn;
    private Integer version;
    private transient UploadedFile file;
    private List<ProblemRow> problems = List.of();

    /** A refused row of an import as the report shows it. */
    public record ProblemRow(int row, String column, String message) implements Serializable {}

    @PostConstruct
    void load() {
        rows = capacity.list();
    }

    public void startNew() {
        editing = true;
        id = null;
        substation = null;
        feeder = null;
        voltageKv = BigDecimal.TEN;
        unit = null;
        availableKva = null;
        updatedOn = system.today();
        version = null;
    }

    public void edit(CapacityRow row) {
        editing = true;
        id = row.id();
        substation = row.substation();
        feeder = row.feeder();
        voltageKv = row.voltageKv();
        unit = row.unitCode();
        availableKva = row.availableKva();
        updatedOn = row.updatedOn();
        version = row.version();
    }

    public void save() {
        CapacityForm form = new CapacityForm(id, substation, feeder, voltageKv, unit, availableKva, updatedOn, version);
        if (FacesFeedback.attempt(() -> capacity.save(form)) != null) {
            FacesFeedback.info("capacity.saved");
            editing = false;
            load();
        }
    }

    public void delete(CapacityRow row) {
        if (FacesFeedback.attempt(() -> capacity.delete(row.id(), row.version()))) {
            FacesFeedback.info("capacity.deleted", row.substation());
            if (row.id().equals(id)) {
                editing = false;
            }
        }
        load();
    }

    public void cancel() {
        editing = false;
    }

    public void upload() {
        problems = List.of();
        if (file == null || file.getSize() == 0) {
            FacesFeedback.error("upload.empty");
            return;
        }
        if (file.getSize() > CapacityService.MAX_FILE) {
            FacesFeedback.error("reserve.fileTooLarge", CapacityService.MAX_FILE / 1024 / 1024);
            return;
        }
        byte[] content;
        try {
            content = file.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CapacityService.ImportReport report = FacesFeedback.attempt(() -> capacity.importWorkbook(content));
        if (report == null) {
            return;
        }
        if (report.isApplied()) {
            FacesFeedback.info("capacity.imported", report.created(), report.changed());
            load();
        } else {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            problems = report.problems().stream()
                    .map(p -> new ProblemRow(p.row(), p.column(), Messages.get(locale, p.messageKey(), p.arguments())))
                    .toList();
            FacesFeedback.error("capacity.rejected", problems.size());
        }
    }

    public String getLanguage() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().toLanguageTag();
    }

    public boolean isChinese() {
        return "zh"
                .equals(FacesContext.getCurrentInstance()
                        .getViewRoot()
                        .getLocale()
                        .getLanguage());
    }

    /** The districts a row may belong to: code and name in the page's language. */
    public List<String[]> getUnits() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return capacity.units(locale).stream()
                .map(u -> new String[] {u.getCode(), u.getCode() + " " + u.name(locale)})
                .toList();
    }

    public List<CapacityRow> getRows() {
        return rows;
    }

    public List<ProblemRow> getProblems() {
        return problems;
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isExisting() {
        return id != null;
    }

    public int getPlentyFromKva() {
        return CapacityLevel.PLENTY_FROM_KVA;
    }

    public String getSubstation() {
        return substation;
    }

    public void setSubstation(String substation) {
        this.substation = substation;
    }

    public String getFeeder() {
        return feeder;
    }

    public void setFeeder(String feeder) {
        this.feeder = feeder;
    }

    public BigDecimal getVoltageKv() {
        return voltageKv;
    }

    public void setVoltageKv(BigDecimal voltageKv) {
        this.voltageKv = voltageKv;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Integer getAvailableKva() {
        return availableKva;
    }

    public void setAvailableKva(Integer availableKva) {
        this.availableKva = availableKva;
    }

    public LocalDate getUpdatedOn() {
        return updatedOn;
    }

    public void setUpdatedOn(LocalDate updatedOn) {
        this.updatedOn = updatedOn;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
