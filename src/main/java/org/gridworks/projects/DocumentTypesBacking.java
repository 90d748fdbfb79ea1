package org.gridworks.projects;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gridworks.platform.web.FacesFeedback;

/** The administrator's page of application document types: the list, and a form to add one or edit the one picked. */
@Named
@ViewScoped
public class DocumentTypesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentTypeService types;

    private List<TypeRow> rows;
    private boolean editing;
    private boolean existing;
    private String code;
    private String nameZh;
    private String nameEn;
    private boolean fourFree;
    private boolean active = true;
    private int version;

    /** A type as the list shows it (getters: the page's EL reads no record components). */
    public record TypeRow(String code, String nameZh, String nameEn, boolean fourFree, boolean active, int version)
            implements Serializable {

        public String getCode() {
            return code;
        }

        public String getNameZh() {
            return nameZh;
        }

        public String getNameEn() {
            return nameEn;
        }

        public boolean isFourFree() {
            return fourFree;
        }

        public boolean isActive() {
            return active;
        }
    }

    @PostConstruct
    void load() {
        rows = types.list().stream()
                .map(t -> new TypeRow(
                        t.getCode(), t.getNameZh(), t.getNameEn(), t.isFourFree(), t.isActive(), t.getVersion()))
                .toList();
    }

    public void startNew() {
        editing = true;
        existing = false;
        code = null;
        nameZh = null;
        nameEn = null;
        fourFree = false;
        active = true;
        version = 0;
    }

    public void edit(TypeRow row) {
        editing = true;
        existing = true;
        code = row.code();
        nameZh = row.nameZh();
        nameEn = row.nameEn();
        fourFree = row.fourFree();
        active = row.active();
        version = row.version();
    }

    public void save() {
        DocumentTypeForm form = new DocumentTypeForm(code, nameZh, nameEn, fourFree, active, version);
        ApplicationDocumentType saved = FacesFeedback.attempt(() -> existing ? types.update(form) : types.create(form));
        if (saved != null) {
            FacesFeedback.info("docType.saved", saved.getCode());
            editing = false;
            load();
        }
    }

    public void cancel() {
        editing = false;
    }

    public List<TypeRow> getRows() {
        return rows;
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isExisting() {
        return existing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public boolean isFourFree() {
        return fourFree;
    }

    public void setFourFree(boolean fourFree) {
        this.fourFree = fourFree;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
