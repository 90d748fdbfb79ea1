package org.gridworks.platform.web;

import java.util.Set;

/**
 * One entry of the main menu: the bundle key of its label, the page it opens, its PrimeIcons icon and the roles
 * that see it (none: everyone). Hiding an entry is a courtesy; services check access themselves.
 * A class with getters rather than a record, because Expression Language 5 reads bean properties only.
 */
public final class MenuItem {

    private final String labelKey;
    private final String outcome;
    private final String icon;
    private final Set<String> roles;

    public MenuItem(String labelKey, String outcome, String icon, Set<String> roles) {
        this.labelKey = labelKey;
        this.outcome = outcome;
        this.icon = icon;
        this.roles = Set.copyOf(roles);
    }

    public String getLabelKey() {
        return labelKey;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getIcon() {
        return icon;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public boolean isOpen() {
        return roles.isEmpty();
    }
}
