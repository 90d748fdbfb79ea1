package org.gridworks.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Map;
import org.gridworks.audit.Changes;

/**
 * The legal limit and step budgets of a category (and variant) for applications accepted from a date on.
 * Administrators keep these rows; the defaults are those of shared/DOMAIN.md.
 */
@Entity
@Table(name = "clock_policy")
public class ClockPolicy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Category category;

    @Column(name = "three_step", nullable = false)
    private boolean threeStep;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "clock_scope", nullable = false, length = 16)
    private ClockScope scope;

    @Column(name = "limit_days", nullable = false)
    private int limitDays;

    @Column(name = "budget_acceptance")
    private Integer budgetAcceptance;

    @Column(name = "budget_plan_reply")
    private Integer budgetPlanReply;

    @Column(name = "budget_completion")
    private Integer budgetCompletion;

    @Column(name = "budget_connection")
    private Integer budgetConnection;

    @Version
    private int version;

    protected ClockPolicy() {}

    ClockPolicy(Category category, boolean threeStep, LocalDate effectiveFrom, ClockScope scope) {
        this.category = category;
        this.threeStep = threeStep;
        this.effectiveFrom = effectiveFrom;
        this.scope = scope;
    }

    /** The budget of one step, in working days; null when the policy sets none. */
    public Integer budget(StepCode step) {
        return switch (step) {
            case ACCEPTANCE -> budgetAcceptance;
            case PLAN_REPLY -> budgetPlanReply;
            case COMPLETION_INSPECTION -> budgetCompletion;
            case CONNECTION, COMPLETION_AND_CONNECTION -> budgetConnection;
        };
    }

    void set(int limitDays, Integer acceptance, Integer planReply, Integer completion, Integer connection) {
        this.limitDays = limitDays;
        this.budgetAcceptance = acceptance;
        this.budgetPlanReply = planReply;
        this.budgetCompletion = completion;
        this.budgetConnection = connection;
    }

    Map<String, Object> auditState() {
        Map<String, Object> state = Changes.snapshot();
        state.put("category", category);
        state.put("threeStep", threeStep);
        state.put("effectiveFrom", effectiveFrom);
        state.put("scope", scope);
        state.put("limitDays", limitDays);
        state.put("budgetAcceptance", budgetAcceptance);
        state.put("budgetPlanReply", budgetPlanReply);
        state.put("budgetCompletion", budgetCompletion);
        state.put("budgetConnection", budgetConnection);
        return state;
    }

    public Long getId() {
        return id;
    }

    public Category getCategory() {
        return category;
    }

    public boolean isThreeStep() {
        return threeStep;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public ClockScope getScope() {
        return scope;
    }

    public int getLimitDays() {
        return limitDays;
    }

    public Integer getBudgetAcceptance() {
        return budgetAcceptance;
    }

    public Integer getBudgetPlanReply() {
        return budgetPlanReply;
    }

    public Integer getBudgetCompletion() {
        return budgetCompletion;
    }

    public Integer getBudgetConnection() {
        return budgetConnection;
    }

    public int getVersion() {
        return version;
    }
}
