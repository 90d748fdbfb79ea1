package org.gridworks.permits;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridworks.audit.Changes;
import org.gridworks.platform.i18n.Languages;

/** A kind of permit: who issues it, its time limit in working days, the documents it needs. */
@Entity
@Table(name = "permit_type")
public class PermitType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32, updatable = false)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(nullable = false, length = 200)
    private String authority;

    @Column(name = "authority_en", length = 200)
    private String authorityEn;

    @Column(name = "limit_days", nullable = false)
    private int limitDays = 5;

    @Column(name = "pause_on_supplement", nullable = false)
    private boolean pauseOnSupplement = true;

    @Column(nullable = false, length = 2000)
    private String documents;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected PermitType() {}

    PermitType(String code) {
        this.code = code;
    }

    void set(
            String nameZh,
            String nameEn,
            String authority,
            String authorityEn,
            int limitDays,
            boolean pauseOnSupplement,
            List<String> documents,
            boolean active) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.authority = authority;
        this.authorityEn = authorityEn;
        this.limitDays = limitDays;
        this.pauseOnSupplement = pauseOnSupplement;
        this.documents = String.join("\n", documents);
        this.active = active;
    }

    public List<String> documentList() {
        return Arrays.stream(documents.split("\n"))
                .map(String::trim)
                .filter(d -> !d.isEmpty())
                .toList();
    }

    public String name(Locale locale) {
        return Languages.pick(locale, nameZh, nameEn);
    }

    /** Who issues it, in the reader's language (the Chinese name while no English one is kept). */
    public String authority(Locale locale) {
        return Languages.pick(locale, authority, authorityEn);
    }

    Map<String, Object> auditState() {
        Map<String, Object> state = Changes.snapshot();
        state.put("nameZh", nameZh);
        state.put("nameEn", nameEn);
        state.put("authority", authority);
        state.put("authorityEn", authorityEn);
        state.put("limitDays", limitDays);
        state.put("pauseOnSupplement", pauseOnSupplement);
        state.put("documents", documents.replace('\n', ';'));
        state.put("active", active);
        return state;
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

    public String getAuthority() {
        return authority;
    }

    public String getAuthorityEn() {
        return authorityEn;
    }

    public int getLimitDays() {
        return limitDays;
    }

    public boolean isPauseOnSupplement() {
        return pauseOnSupplement;
    }

    public String getDocuments() {
        return documents;
    }

    public boolean isActive() {
        return active;
    }

    public int getVersion() {
        return version;
    }
}
