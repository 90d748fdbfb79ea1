package org.gridworks.permits;

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
 * A route rule as administrators keep it: the condition is stored as written and parsed again when used (it was
 * parsed once before saving, so it always parses). shippedDefault marks the rows GridWorks ships.
 */
@Entity
@Table(name = "permit_route_rule")
public class PermitRouteRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "permit_type", nullable = false, length = 32)
    private String permitType;

    @Column(name = "condition_text", nullable = false, length = 300)
    private String condition;

    @Enumerated(EnumType.STRING)
    @Column(name = "route_mode", nullable = false, length = 24)
    private PermitMode mode;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(name = "shipped_default", nullable = false)
    private boolean shippedDefault;

    @Version
    private int version;

    protected PermitRouteRule() {}

    PermitRouteRule(String permitType) {
        this.permitType = permitType;
    }

    void set(String permitType, String condition, PermitMode mode, LocalDate effectiveFrom, LocalDate effectiveTo) {
        this.permitType = permitType;
        this.condition = condition;
        this.mode = mode;
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
        // an edited default is the administrator's own from now on
        this.shippedDefault = false;
    }

    RouteRule rule() {
        return new RouteRule(permitType, RouteCondition.parse(condition), mode, effectiveFrom, effectiveTo);
    }

    Map<String, Object> auditState() {
        Map<String, Object> state = Changes.snapshot();
        state.put("permitType", permitType);
        state.put("condition", condition);
        state.put("mode", mode);
        state.put("effectiveFrom", effectiveFrom);
        state.put("effectiveTo", effectiveTo);
        state.put("shippedDefault", shippedDefault);
        return state;
    }

    public Long getId() {
        return id;
    }

    public String getPermitType() {
        return permitType;
    }

    public String getCondition() {
        return condition;
    }

    public PermitMode getMode() {
        return mode;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public boolean isShippedDefault() {
        return shippedDefault;
    }

    public int getVersion() {
        return version;
    }
}
