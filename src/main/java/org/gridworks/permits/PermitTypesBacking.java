package org.gridworks.permits;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gridworks.platform.web.FacesFeedback;

/** The administrator's page of permit types: the list, and a form to edit one or add one. */
@Named
@ViewScoped
public class PermitTypesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PermitTypeService types;

    private List<PermitTypeService.TypeForm> rows;
    private boolean editing;
    private Long id;
    private String code;
    private String nameZh;
    private String nameEn;
    private String authority;
    private String authorityEn;
    private Integer limitDays = 5;
    private boolean pauseOnSupplement = true;
    private String documents;
    private boolean active = true;
    private int version;

    @PostConstruct
    void load() {
        rows = types.list().stream()
                .map(t -> new PermitTypeService.TypeForm(
                        t.getId(),
                        t.getCode(),
                        t.getNameZh(),
                        t.getNameEn(),
                        t.getAuthority(),
                        t.getAuthorityEn(),
                        t.getLimitDays(),
                        t.isPauseOnSupplement(),
                        t.getDocuments(),
                        t.isActive(),
                        t.getVersion()))
                .toList();
    }

    public void startNew() {
        edit(new PermitTypeService.TypeForm(null, null, null, null, null, null, 5, true, null, true, 0));
    }

    public void edit(PermitTypeService.TypeForm row) {
        editing = true;
        id = row.id();
        code = row.code();
        nameZh = row.nameZh();
        nameEn = row.nameEn();
        authority = row.authority();
        authorityEn = row.authorityEn();
        limitDays = row.limitDays();
        pauseOnSupplement = row.pauseOnSupplement();
        documents = row.documents();
        active = row.active();
        version = row.version();
    }

    public void save() {
        PermitTypeService.TypeForm form = new PermitTypeService.TypeForm(
                id,
                code,
                nameZh,
                nameEn,
                authority,
                authorityEn,
                limitDays,
                pauseOnSupplement,
                documents,
                active,
                version);
        if (FacesFeedback.attempt(() -> types.save(form)) != null) {
            FacesFeedback.info("permitType.saved");
            editing = false;
            load();
        }
    }

    public void cancel() {
        editing = false;
    }

    public List<PermitTypeService.TypeForm> getRows() {
        return rows;
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isExisting() {
        return id != null;
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

    public String getAuthorityEn() {
        return authorityEn;
    }

    public void setAuthorityEn(String authorityEn) {
        this.authorityEn = authorityEn;
    }

    public String getAuthority() {
        return authority;
    }

    public void setAuthority(String authority) {
        this.authority = authority;
    }

    public Integer getLimitDays() {
        return limitDays;
    }

    public void setLimitDays(Integer limitDays) {
        this.limitDays = limitDays;
    }

    public boolean isPauseOnSupplement() {
        return pauseOnSupplement;
    }

    public void setPauseOnSupplement(boolean pauseOnSupplement) {
        this.pauseOnSupplement = pauseOnSupplement;
    }

    public String getDocuments() {
        return documents;
    }

    public void setDocuments(String documents) {
        this.documents = documents;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
