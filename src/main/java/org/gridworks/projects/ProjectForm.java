package org.gridworks.projects;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A project as the manager fills it in (page or API). unit and manager default to the caller's own;
 * categoryOverride with overrideReason replaces the category the facts give; version is the one the form was
 * loaded with (0 when new). contactPhone is the customer's: its last four digits are what the customer gives to
 * follow the application on the public progress page.
 */
public record ProjectForm(
        String customerName,
        String address,
        String contactPhone,
        String unit,
        AreaType areaType,
        BigDecimal capacityKw,
        BigDecimal voltageKv,
        boolean dualSupply,
        boolean smallMicro,
        boolean residential,
        LocalDate acceptedOn,
        boolean needsSupportingWorks,
        boolean threeStepVariant,
        Category categoryOverride,
        String overrideReason,
        String manager,
        int version) {}
