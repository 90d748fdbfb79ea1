package org.gridworks.permits;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.gridworks.platform.web.FacesFeedback;

/** The administrator's page of permit route rules: the list (defaults marked), and a form to edit or add one. */
@Named
@ViewScoped
public class RouteRulesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RouteRuleService rules;

    @Inject
    PermitService permits;

    /** A rule as listed. */
    public record Row(
            long id,
            String permitType,
            String condition,
            PermitMode mode,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            boolean shippedDefault,
            int version)
            implements Serializable {}

    private List<Row> rows;
    private List<String> typeCodes;
    private boolean editing;
    private Long id;
    private String permitType;
    private String condition;
    private PermitMode mode = PermitMode.NORMAL_REVIEW;
    private LocalDate effectiveFrom;
    private LocalDate effectiveTo;
    private int version;

    @jakarta.annotation.PostConstruct
    void load() {
        rows = rules.list().stream()
                .map(r -> new Row(
                        r.getId(),
                        r.getPermitType(),
                        r.getCondition(),
                        r.getMode(),
                        r.getEffectiveFrom(),
                        r.getEffectiveTo(),
                        r.isShippedDefault(),
                        r.getVersion()))
                .toList();
        typeCodes = permits.types().stream().map(PermitType::getCode).toList();
    }

    public void startNew() {
        editing = true;
        id = null;
        permitType = null;
        condition = null;
        mode = PermitMode.NORMAL_REVIEW;
        effectiveFrom = null;
        effectiveTo = null;
        version = 0;
    }

    public void edit(Row row) {
        editing = true;
        id = row.id();
        permitType = row.permitType();
        condition = row.condition();
        mode = row.mode();
        effectiveFrom = row.effectiveFrom();
        effectiveTo = row.effectiveTo();
        version = row.version();
    }

    public void save() {
        RouteRuleService.RuleForm form =
                new RouteRuleService.RuleForm(id, permitType, condition, mode, effectiveFrom, effectiveTo, version);
        if (FacesFeedback.attempt(() -> rules.save(form)) != null) {
            FacesFeedback.info("routes.saved");
            editing = false;
            load();
        }
    }

    public void cancel() {
        editing = false;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<String> getTypeCodes() {
        return typeCodes;
    }

    public PermitMode[] getModes() {
        return PermitMode.values();
    }

    public boolean isEditing() {
        return editing;
    }

    public String getPermitType() {
        return permitType;
    }

    public void setPermitType(String permitType) {
        this.permitType = permitType;
    }

    public String getCondition() {
        return condition;
    }

    public void setCondition(String condition) {
        this.condition = condition;
    }

    public PermitMode getMode() {
        return mode;
    }

    public void setMode(PermitMode mode) {
        this.mode = mode;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public void setEffectiveTo(LocalDate effectiveTo) {
        this.effectiveTo = effectiveTo;
    }
}
