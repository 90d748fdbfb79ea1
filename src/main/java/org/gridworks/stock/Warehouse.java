package org.gridworks.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import org.gridworks.identity.Unit;
import org.gridworks.platform.i18n.Languages;

/**
 * A warehouse: the city central one and one per district/county company. Kept by the schema (V7). Not in
 * EclipseLink's shared cache: with sixteen concurrent postings and their replays, cloning a cached warehouse into
 * each posting's unit of work deadlocked in WriteLockManager.acquireLocksForClone (StockIT hung for a minute),
 * and ten rows cost nothing to read.
 */
@Entity
@Table(name = "warehouse")
public class Warehouse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 16, updatable = false)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(nullable = false)
    private boolean central;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected Warehouse() {}

    /** A warehouse outside the database, for the proposal arithmetic's tests. */
    Warehouse(long id, String code, Unit unit, boolean central) {
        this.id = id;
        this.code = code;
        this.nameZh = code;
        this.nameEn = code;
        this.unit = unit;
        this.central = central;
    }

    public String name(Locale locale) {
        return Languages.pick(locale, nameZh, nameEn);
    }

    public String unitCode() {
        return unit.getCode();
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

    public Unit getUnit() {
        return unit;
    }

    public boolean isCentral() {
        return central;
    }

    public boolean isActive() {
        return active;
    }
}
