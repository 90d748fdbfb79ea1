package org.gridworks.milestones;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gridworks.audit.Changes;

/** A milestone of the template new plans are made from; administrators keep it. */
@Entity
@Table(name = "milestone_template")
public class MilestoneTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32, updatable = false)
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

    @Version
    private int version;

    protected MilestoneTemplate() {}

    /** A template row made in memory (the database's rows come from sql/V6): plans can be built without it. */
    MilestoneTemplate(String code, int position) {
        this.code = code;
        this.position = position;
    }

    static List<String> codes(String csv) {
        return csv == null || csv.isBlank()
                ? List.of()
                : Arrays.stream(csv.split(","))
                        .map(String::trim)
                        .filter(c -> !c.isEmpty())
                        .toList();
    }

    void set(String nameZh, String nameEn, int durationDays, List<String> predecessors, int lagDays) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.durationDays = durationDays;
        this.predecessors = predecessors.isEmpty() ? null : String.join(",", predecessors);
        this.lagDays = lagDays;
    }

    PlanItem item() {
        return new PlanItem(code, durationDays, codes(predecessors), lagDays, null, null, false, null);
    }

    Map<String, Object> auditState() {
        Map<String, Object> state = Changes.snapshot();
        state.put("nameZh", nameZh);
        state.put("nameEn", nameEn);
        state.put("durationDays", durationDays);
        state.put("predecessors", predecessors);
        state.put("lagDays", lagDays);
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

    public int getPosition() {
        return position;
    }

    public int getDurationDays() {
        return durationDays;
    }

    public String getPredecessors() {
        return predecessors;
    }

    public int getLagDays() {
        return lagDays;
    }

    public int getVersion() {
        return version;
    }
}
