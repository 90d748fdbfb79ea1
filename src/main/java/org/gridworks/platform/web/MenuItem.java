package org.gridworks.platform.web;

import java.util.Set;

/**
 * One entry of the main menu, declared by its area ({@link AreaMenu}): its place in the menu, the bundle key of its
 * label, the page it opens, its PrimeIcons icon and the roles that see it and may open the page (none: everyone
 * signed in). The page is refused to other roles ({@link PageAccessFilter}); services check access themselves.
 * A class with getters rather than a record, because Expression Language 5 reads bean properties only.
 */
public final class MenuItem {

    private final int position;
    private final String labelKey;
    private final String outcome;
    private final String icon;
    private final Set<String> roles;

    public MenuItem(int position, String labelKey, String outcome, String icon, Set<String> roles) {
        this.position = position;
        this.labelKey = labelKey;
        this.outcome = outcome;
        this.icon = icon;
        this.roles = Set.copyOf(roles);
    }

    public int getPosition() {
        return position;
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
