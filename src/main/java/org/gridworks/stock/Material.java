package org.gridworks.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Map;
import org.gridworks.audit.Changes;
import org.gridworks.platform.i18n.Messages;

/** A standard material of the catalogue: code, name, specification, unit of measure, category. */
@Entity
@Table(name = "material")
public class Material {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32, updatable = false)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 200)
    private String spec;

    @Column(nullable = false, length = 16)
    private String uom;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private MaterialCategory category;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected Material() {}

    public Material(String code, String name, String spec, String uom, MaterialCategory category) {
        this.code = code;
        set(name, spec, uom, category, true);
    }

    void set(String name, String spec, String uom, MaterialCategory category, boolean active) {
        this.name = name;
        this.spec = spec;
        this.uom = uom;
        this.category = category;
        this.active = active;
    }

    Map<String, Object> auditState() {
        Map<String, Object> state = Changes.snapshot();
        state.put("code", code);
        state.put("name", name);
        state.put("spec", spec);
        state.put("uom", uom);
        state.put("category", category);
        state.put("active", active);
        return state;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getSpec() {
        return spec;
    }

    /** The unit of measure as stored (the catalogue's own word, Chinese in practice). */
    public String getUom() {
        return uom;
    }

    /** The unit of measure in a language: the texts name the usual ones (uom.米 = m); any other stays as stored. */
    public String uom(Locale locale) {
        String key = "uom." + uom;
        String text = Messages.get(locale, key);
        return text.equals(key) ? uom : text;
    }

    public MaterialCategory getCategory() {
        return category;
    }

    public boolean isActive() {
        return active;
    }

    public int getVersion() {
        return version;
    }
}
