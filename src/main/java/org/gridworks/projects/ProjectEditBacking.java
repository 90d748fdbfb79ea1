package org.gridworks.projects;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.i18n.Messages;
import org.gridworks.platform.web.FacesFeedback;

/**
 * Creating or editing a project. The category the facts give is shown as the user types, with the reason;
 * the manager may override it with a reason. The form keeps the version it was loaded with.
 */
@Named
@ViewScoped
public class ProjectEditBacking implements Serializable {

    private static final BigDecimal[] VOLTAGES = {new BigDecimal("0.4"), BigDecimal.TEN, BigDecimal.valueOf(20)};

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectService projects;

    @Inject
    SystemInfo system;

    private Long id;
    private boolean existing;
    private String customerName;
    private String address;
    private String contactPhone;
    private AreaType areaType = AreaType.URBAN;
    private BigDecimal capacityKw;
    private BigDecimal voltageKv = new BigDecimal("0.4");
    private boolean dualSupply;
    private boolean smallMicro;
    private boolean residential;
    private LocalDate acceptedOn;
    private boolean needsSupportingWorks;
    private boolean threeStepVariant;
    private Category categoryOverride;
    private String overrideReason;
    private int version;

    public void load() {
        FacesFeedback.orNotFound(this::loadNow);
    }

    void loadNow() {
        if (id == null) {
            acceptedOn = system.today();
            return;
        }
        ConnectionProject project = projects.find(id);
        existing = true;
        customerName = project.getCustomerName();
        address = project.getAddress();
        contactPhone = project.getContactPhone();
        areaType = project.getAreaType();
        capacityKw = project.getCapacityKw();
        voltageKv = asOption(project.getVoltageKv());
        dualSupply = project.isDualSupply();
        smallMicro = project.isSmallMicro();
        residential = project.isResidential();
        acceptedOn = project.getAcceptedOn();
        needsSupportingWorks = project.isNeedsSupportingWorks();
        threeStepVariant = project.isThreeStepVariant();
        categoryOverride = project.isCategoryOverridden() ? project.getCategory() : null;
        overrideReason = project.getOverrideReason();
        version = project.getVersion();
    }

    /** The category the facts give right now, with the reason in words; empty while facts are missing. */
    public String getSuggestion() {
        if (capacityKw == null
                || voltageKv == null
                || areaType == null
                || acceptedOn == null
                || capacityKw.signum() <= 0) {
            return "";
        }
        Classification rule = CategoryRule.classify(
                new ProjectFacts(residential, voltageKv, dualSupply, smallMicro, capacityKw, areaType, acceptedOn));
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Messages.get(locale, "category." + rule.category().name()) + " — "
                + CategoryExplanation.reason(rule, locale);
    }

    public String save() {
        ProjectForm form = new ProjectForm(
                customerName,
                address,
                contactPhone,
                null,
                areaType,
                capacityKw,
                voltageKv,
                dualSupply,
                smallMicro,
                residential,
                acceptedOn,
                needsSupportingWorks,
                threeStepVariant,
                categoryOverride,
                overrideReason,
                null,
                version);
        ConnectionProject saved =
                FacesFeedback.attempt(() -> existing ? projects.update(id, form) : projects.create(form));
        if (saved == null) {
            return null;
        }
        FacesFeedback.infoAfterRedirect("project.saved", saved.getNumber());
        return "/projects/project?faces-redirect=true&id=" + saved.getId();
    }

    public AreaType[] getAreaTypes() {
        return AreaType.values();
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public BigDecimal[] getVoltages() {
        return VOLTAGES.clone();
    }

    /**
     * The option a stored voltage is: the database keeps one decimal (10.0), the buttons are 0.4, 10 and 20, and a
     * BigDecimal of another scale is not equal, so the form of a saved 10 kV project showed no voltage chosen and
     * refused to save until one was picked again.
     */
    static BigDecimal asOption(BigDecimal stored) {
        return stored == null
                ? null
                : Arrays.stream(VOLTAGES)
                        .filter(v -> v.compareTo(stored) == 0)
                        .findFirst()
                        .orElse(stored);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isExisting() {
        return existing;
    }

    public String getCustomerName() {
        return customerName;
    }

    public void setCustomerName(String customerName) {
        this.customerName = customerName;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public AreaType getAreaType() {
        return areaType;
    }

    public void setAreaType(AreaType areaType) {
        this.areaType = areaType;
    }

    public BigDecimal getCapacityKw() {
        return capacityKw;
    }

    public void setCapacityKw(BigDecimal capacityKw) {
        this.capacityKw = capacityKw;
    }

    public BigDecimal getVoltageKv() {
        return voltageKv;
    }

    public void setVoltageKv(BigDecimal voltageKv) {
        this.voltageKv = voltageKv;
    }

    public boolean isDualSupply() {
        return dualSupply;
    }

    public void setDualSupply(boolean dualSupply) {
        this.dualSupply = dualSupply;
    }

    public boolean isSmallMicro() {
        return smallMicro;
    }

    public void setSmallMicro(boolean smallMicro) {
        this.smallMicro = smallMicro;
    }

    public boolean isResidential() {
        return residential;
    }

    public void setResidential(boolean residential) {
        this.residential = residential;
    }

    public LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    public void setAcceptedOn(LocalDate acceptedOn) {
        this.acceptedOn = acceptedOn;
    }

    public boolean isNeedsSupportingWorks() {
        return needsSupportingWorks;
    }

    public void setNeedsSupportingWorks(boolean needsSupportingWorks) {
        this.needsSupportingWorks = needsSupportingWorks;
    }

    public boolean isThreeStepVariant() {
        return threeStepVariant;
    }

    public void setThreeStepVariant(boolean threeStepVariant) {
        this.threeStepVariant = threeStepVariant;
    }

    public Category getCategoryOverride() {
        return categoryOverride;
    }

    public void setCategoryOverride(Category categoryOverride) {
        this.categoryOverride = categoryOverride;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }
}
