package org.gridworks.milestones;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gridworks.platform.web.FacesFeedback;

/** The administrator's page of the milestone template: the list and a form to edit one milestone. */
@Named
@ViewScoped
public class TemplatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TemplateService templates;

    private List<TemplateService.TemplateForm> rows;
    private boolean editing;
    private String code;
    private String nameZh;
    private String nameEn;
    private Integer durationDays;
    private String predecessors;
    private Integer lagDays;
    private int version;

    @PostConstruct
    void load() {
        rows = templates.list().stream()
                .map(t -> new TemplateService.TemplateForm(
                        t.getCode(),
                        t.getNameZh(),
                        t.getNameEn(),
                        t.getDurationDays(),
                        t.getPredecessors(),
                        t.getLagDays(),
                        t.getVersion()))
                .toList();
    }

    public void edit(TemplateService.TemplateForm row) {
        editing = true;
        code = row.code();
        nameZh = row.nameZh();
        nameEn = row.nameEn();
        durationDays = row.durationDays();
        predecessors = row.predecessors();
        lagDays = row.lagDays();
        version = row.version();
    }

    public void save() {
        TemplateService.TemplateForm form =
                new TemplateService.TemplateForm(code, nameZh, nameEn, durationDays, predecessors, lagDays, version);
        if (FacesFeedback.attempt(() -> templates.save(form)) != null) {
            FacesFeedback.info("template.saved");
            editing = false;
            load();
        }
    }

    public void cancel() {
        editing = false;
    }

    public List<TemplateService.TemplateForm> getRows() {
        return rows;
    }

    public boolean isEditing() {
        return editing;
    }

    public String getCode() {
        return code;
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

    public Integer getDurationDays() {
        return durationDays;
    }

    public void setDurationDays(Integer durationDays) {
        this.durationDays = durationDays;
    }

    public String getPredecessors() {
        return predecessors;
    }

    public void setPredecessors(String predecessors) {
        this.predecessors = predecessors;
    }

    public Integer getLagDays() {
        return lagDays;
    }

    public void setLagDays(Integer lagDays) {
        this.lagDays = lagDays;
    }
}
