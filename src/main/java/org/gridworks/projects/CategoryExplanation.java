package org.gridworks.projects;

import java.util.Locale;
import org.gridworks.platform.i18n.Messages;

/** Why a project has its category, in words: the rule's reason, or the manager's override and its reason. */
public final class CategoryExplanation {

    private CategoryExplanation() {}

    public static String of(ConnectionProject project, Locale locale) {
        Classification rule = CategoryRule.classify(project.facts());
        String ruleText = reason(rule, locale);
        if (project.isCategoryOverridden()) {
            return Messages.get(
                    locale,
                    "category.why.overridden",
                    Messages.get(locale, "category." + rule.category().name()),
                    project.getOverrideReason(),
                    ruleText);
        }
        return ruleText;
    }

    /** The rule's reason alone, e.g. "eligible: 120 kW ≤ 160 kW, urban". */
    public static String reason(Classification rule, Locale locale) {
        return Messages.get(
                locale,
                rule.reasonKey(),
                rule.reasonArguments().stream()
                        .map(argument ->
                                argument instanceof String area && (area.equals("URBAN") || area.equals("RURAL"))
                                        ? Messages.get(locale, "areaType." + area)
                                        : argument)
                        .toArray());
    }
}
