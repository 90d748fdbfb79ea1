package org.gridworks.projects;

import java.util.List;

/** Customer categories (shared/DOMAIN.md section 1), with the process steps each goes through. */
public enum Category {
    RESIDENTIAL,
    LV_THREE_ZERO,
    LV_OTHER,
    HV_SINGLE,
    HV_DUAL;

    public boolean isHighVoltage() {
        return this == HV_SINGLE || this == HV_DUAL;
    }

    /** The steps in order; high voltage has a 4-step form and a 3-step variant with combined completion. */
    public List<StepCode> steps(boolean threeStepVariant) {
        return switch (this) {
            case RESIDENTIAL, LV_THREE_ZERO -> List.of(StepCode.ACCEPTANCE, StepCode.CONNECTION);
            case LV_OTHER -> List.of(StepCode.ACCEPTANCE, StepCode.PLAN_REPLY, StepCode.CONNECTION);
            case HV_SINGLE, HV_DUAL ->
                threeStepVariant
                        ? List.of(StepCode.ACCEPTANCE, StepCode.PLAN_REPLY, StepCode.COMPLETION_AND_CONNECTION)
                        : List.of(
                                StepCode.ACCEPTANCE,
                                StepCode.PLAN_REPLY,
                                StepCode.COMPLETION_INSPECTION,
                                StepCode.CONNECTION);
        };
    }
}
