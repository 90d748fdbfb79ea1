package org.gridworks.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Map;
import org.gridworks.audit.Changes;
import org.gridworks.platform.i18n.Languages;

/** A unit of the company: every project, warehouse and user belongs to one. */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 16, updatable = false)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected Unit() {}

    public Unit(String code, String nameZh, String nameEn, UnitKind kind, Unit parent) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.kind = kind;
        this.parent = parent;
    }

    /** What the audit trail compares. */
    Map<String, Object> auditState() {
        Map<String, Object> state = Changes.snapshot();
        state.put("code", code);
        state.put("nameZh", nameZh);
        state.put("nameEn", nameEn);
        state.put("kind", kind);
        state.put("parent", parent == null ? null : parent.getCode());
        state.put("active", active);
        return state;
    }

    public String name(Locale locale) {
        return Languages.pick(locale, nameZh, nameEn);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public UnitKind getKind() {
        return kind;
    }

    public Unit getParent() {
        return parent;
    }

    public boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public int getVersion() {
        return version;
    }
}
