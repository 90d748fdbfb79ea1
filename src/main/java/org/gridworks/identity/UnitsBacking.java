package org.gridworks.identity;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gridworks.platform.web.FacesFeedback;

/** The administrator's page of units: the list, and a form to add one or edit the one picked. */
@Named
@ViewScoped
public class UnitsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UnitService units;

    private List<UnitRow> rows;
    private boolean editing;
    private boolean existing;
    private String code;
    private String nameZh;
    private String nameEn;
    private UnitKind kind = UnitKind.COUNTY;
    private boolean active = true;
    private int version;

    /** A unit as the list shows it. */
    public record UnitRow(String code, String nameZh, String nameEn, UnitKind kind, boolean active, int version)
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

        public UnitKind getKind() {
            return kind;
        }

        public boolean isActive() {
            return active;
        }
    }

    @PostConstruct
    void load() {
        rows = units.list().stream()
                .map(u -> new UnitRow(
                        u.getCode(), u.getNameZh(), u.getNameEn(), u.getKind(), u.isActive(), u.getVersion()))
                .toList();
    }

    public void startNew() {
        editing = true;
        existing = false;
        code = null;
        nameZh = null;
        nameEn = null;
        kind = UnitKind.COUNTY;
        active = true;
        version = 0;
    }

    public void edit(UnitRow row) {
        editing = true;
        existing = true;
        code = row.code();
        nameZh = row.nameZh();
        nameEn = row.nameEn();
        kind = row.kind();
        active = row.active();
        version = row.version();
    }

    public void save() {
        UnitForm form = new UnitForm(code, nameZh, nameEn, kind, existing ? null : "JH", active, version);
        Unit saved = FacesFeedback.attempt(() -> existing ? units.update(form) : units.create(form));
        if (saved != null) {
            FacesFeedback.info("unit.saved", saved.getCode());
            editing = false;
            load();
        }
    }

    public void cancel() {
        editing = false;
    }

    public UnitKind[] getKinds() {
        return UnitKind.values();
    }

    public List<UnitRow> getRows() {
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

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind kind) {
        this.kind = kind;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
