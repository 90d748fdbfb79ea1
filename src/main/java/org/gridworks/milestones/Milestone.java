package org.gridworks.milestones;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;
import org.gridworks.platform.i18n.Languages;

/**
 * One milestone of a plan. Edits go through the plan, whose version guards them: two managers saving the same
 * plan cannot overwrite each other.
 */
@Entity
@Table(name = "milestone")
public class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private MilestonePlan plan;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(nullable = false)
    private int position;

    @Column(name = "duration_days", nullable = false)
    private int durationDays;

    @Column(length = 200)
    private String predecessors;

    @Column(name = "lag_days", nullable = false)
    private int lagDays;

    @Column(length = 64)
    private String responsible;

    private LocalDate baseline;

    private LocalDate forecast;

    @Column(name = "forecast_fixed", nullable = false)
    private boolean forecastFixed;

    private LocalDate actual;

    @Column(length = 500)
    private String note;

    protected Milestone() {}

    Milestone(MilestonePlan plan, MilestoneTemplate template) {
        this.plan = plan;
        this.code = template.getCode();
        this.nameZh = template.getNameZh();
        this.nameEn = template.getNameEn();
        this.position = template.getPosition();
        this.durationDays = template.getDurationDays();
        this.predecessors = template.getPredecessors();
        this.lagDays = template.getLagDays();
    }

    PlanItem item() {
        return new PlanItem(
                code,
                durationDays,
                MilestoneTemplate.codes(predecessors),
                lagDays,
                baseline,
                forecast,
                forecastFixed,
                actual);
    }

    void dates(LocalDate baseline, LocalDate forecast) {
        this.baseline = baseline;
        this.forecast = forecast;
    }

    void forecast(LocalDate date, boolean fixed) {
        this.forecast = date;
        this.forecastFixed = fixed;
    }

    void actual(LocalDate date) {
        this.actual = date;
    }

    void details(String responsible, String note) {
        this.responsible = responsible;
        this.note = note;
    }

    public String name(Locale locale) {
        return Languages.pick(locale, nameZh, nameEn);
    }

    public Long getId() {
        return id;
    }

    public MilestonePlan getPlan() {
        return plan;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public String getResponsible() {
        return responsible;
    }

    public LocalDate getBaseline() {
        return baseline;
    }

    public LocalDate getForecast() {
        return forecast;
    }

    public boolean isForecastFixed() {
        return forecastFixed;
    }

    public LocalDate getActual() {
        return actual;
    }

    public String getNote() {
        return note;
    }
}
