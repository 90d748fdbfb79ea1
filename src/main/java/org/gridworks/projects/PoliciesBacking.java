package org.gridworks.projects;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.gridworks.platform.web.FacesFeedback;

/** The administrator's page of time-limit policies: the table, and a form to edit a row or add one. */
@Named
@ViewScoped
public class PoliciesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PolicyService policies;

    private List<Row> rows;
    private boolean editing;
    private Long id;
    private Category category = Category.LV_THREE_ZERO;
    private boolean threeStep;
    private LocalDate effectiveFrom;
    private ClockScope scope = ClockScope.WHOLE;
    private Integer limitDays;
    private Integer acceptance;
    private Integer planReply;
    private Integer completion;
    private Integer connection;
    private int version;

    /** A policy as the table shows it. */
    public record Row(
            long id,
            Category category,
            boolean threeStep,
            LocalDate effectiveFrom,
            ClockScope scope,
            int limitDays,
            Integer acceptance,
            Integer planReply,
            Integer completion,
            Integer connection,
            int version)
            implements Serializable {}

    @PostConstruct
    void load() {
        rows = policies.list().stream()
                .map(p -> new Row(
                        p.getId(),
                        p.getCategory(),
                        p.isThreeStep(),
                        p.getEffectiveFrom(),
                        p.getScope(),
                        p.getLimitDays(),
                        p.getBudgetAcceptance(),
                        p.getBudgetPlanReply(),
                        p.getBudgetCompletion(),
                        p.getBudgetConnection(),
                        p.getVersion()))
                .toList();
    }

    public void startNew() {
        editing = true;
        id = null;
        effectiveFrom = null;
        version = 0;
    }

    public void edit(Row row) {
        editing = true;
        id = row.id();
        category = row.category();
        threeStep = row.threeStep();
        effectiveFrom = row.effectiveFrom();
        scope = row.scope();
        limitDays = row.limitDays();
        acceptance = row.acceptance();
        planReply = row.planReply();
        completion = row.completion();
        connection = row.connection();
        version = row.version();
    }

    public void save() {
        PolicyService.PolicyForm form = new PolicyService.PolicyForm(
                id,
                category,
                threeStep,
                effectiveFrom,
                scope,
                limitDays,
                acceptance,
                planReply,
                completion,
                connection,
                version);
        if (FacesFeedback.attempt(() -> policies.save(form)) != null) {
            FacesFeedback.info("policy.saved");
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

    public Category[] getCategories() {
        return Category.values();
    }

    public ClockScope[] getScopes() {
        return ClockScope.values();
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isExisting() {
        return id != null;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public boolean isThreeStep() {
        return threeStep;
    }

    public void setThreeStep(boolean threeStep) {
        this.threeStep = threeStep;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public ClockScope getScope() {
        return scope;
    }

    public void setScope(ClockScope scope) {
        this.scope = scope;
    }

    public Integer getLimitDays() {
        return limitDays;
    }

    public void setLimitDays(Integer limitDays) {
        this.limitDays = limitDays;
    }

    public Integer getAcceptance() {
        return acceptance;
    }

    public void setAcceptance(Integer acceptance) {
        this.acceptance = acceptance;
    }

    public Integer getPlanReply() {
        return planReply;
    }

    public void setPlanReply(Integer planReply) {
        this.planReply = planReply;
    }

    public Integer getCompletion() {
        return completion;
    }

    public void setCompletion(Integer completion) {
        this.completion = completion;
    }

    public Integer getConnection() {
        return connection;
    }

    public void setConnection(Integer connection) {
        this.connection = connection;
    }
}
