package org.gridworks.stock;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gridworks.platform.web.FacesFeedback;

/** The administrator's materials catalogue: find, add, edit, retire (inactive materials leave the stock check). */
@Named
@ViewScoped
public class MaterialsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MaterialService materials;

    private String text;
    private List<Row> rows = List.of();
    private boolean editing;
    private Long id;
    private String code;
    private String name;
    private String spec;
    private String uom;
    private MaterialCategory category;
    private boolean active = true;
    private Integer version;

    /** A material as a line of the list. */
    public record Row(
            long id,
            String code,
            String name,
            String spec,
            String uom,
            MaterialCategory category,
            boolean active,
            int version)
            implements Serializable {}

    @PostConstruct
    void load() {
        rows = materials.find(text).stream()
                .map(m -> new Row(
                        m.getId(),
                        m.getCode(),
                        m.getName(),
                        m.getSpec(),
                        m.getUom(),
                        m.getCategory(),
                        m.isActive(),
                        m.getVersion()))
                .toList();
    }

    public void search() {
        load();
    }

    public void startNew() {
        editing = true;
        id = null;
        code = null;
        name = null;
        spec = null;
        uom = null;
        category = null;
        active = true;
        version = null;
    }

    public void edit(Row row) {
        editing = true;
        id = row.id();
        code = row.code();
        name = row.name();
        spec = row.spec();
        uom = row.uom();
        category = row.category();
        active = row.active();
        version = row.version();
    }

    public void save() {
        MaterialForm form = new MaterialForm(code, name, spec, uom, category, active, version);
        Material saved = FacesFeedback.attempt(() -> id == null ? materials.create(form) : materials.update(id, form));
        if (saved != null) {
            FacesFeedback.info("material.saved", saved.getCode());
            editing = false;
            text = saved.getCode();
            load();
        }
    }

    public void cancel() {
        editing = false;
    }

    public boolean isLimited() {
        return rows.size() >= MaterialService.LIST_LIMIT;
    }

    public MaterialCategory[] getCategories() {
        return MaterialCategory.values();
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isExisting() {
        return id != null;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSpec() {
        return spec;
    }

    public void setSpec(String spec) {
        this.spec = spec;
    }

    public String getUom() {
        return uom;
    }

    public void setUom(String uom) {
        this.uom = uom;
    }

    public MaterialCategory getCategory() {
        return category;
    }

    public void setCategory(MaterialCategory category) {
        this.category = category;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
