package org.gridworks.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import org.gridworks.platform.i18n.Languages;

/**
 * A kind of document a connection application may ask for; fourFree marks one the "四免" principle exempts (the
 * company obtains it itself), which an enterprise must never be asked for.
 */
@Entity
@Table(name = "application_document_type")
public class ApplicationDocumentType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32, updatable = false)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "four_free", nullable = false)
    private boolean fourFree;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected ApplicationDocumentType() {}

    ApplicationDocumentType(String code, String nameZh, String nameEn, boolean fourFree, boolean active) {
        this.code = code;
        edit(nameZh, nameEn, fourFree, active);
    }

    void edit(String nameZh, String nameEn, boolean fourFree, boolean active) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.fourFree = fourFree;
        this.active = active;
    }

    java.util.Map<String, Object> auditState() {
        java.util.Map<String, Object> state = org.gridworks.audit.Changes.snapshot();
        state.put("code", code);
        state.put("nameZh", nameZh);
        state.put("nameEn", nameEn);
        state.put("fourFree", fourFree);
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

    public String getNameEn() {
        return nameEn;
    }

    public boolean isFourFree() {
        return fourFree;
    }

    public boolean isActive() {
        return active;
    }

    public int getVersion() {
        return version;
    }
}
