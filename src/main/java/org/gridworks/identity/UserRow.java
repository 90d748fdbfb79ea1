package org.gridworks.identity;

import java.io.Serializable;
import java.util.List;

/** A user as the administration list shows them. */
public final class UserRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String login;
    private final String displayName;
    private final String unitZh;
    private final String unitEn;
    private final List<String> roles;
    private final boolean enabled;
    private final boolean locked;

    private UserRow(AppUser user) {
        this.login = user.getLogin();
        this.displayName = user.getDisplayName();
        this.unitZh = user.getUnit().getNameZh();
        this.unitEn = user.getUnit().getNameEn();
        this.roles = user.getRoles().stream().sorted().toList();
        this.enabled = user.isEnabled();
        this.locked = user.isLockedAt(org.gridworks.platform.Time.now());
    }

    static UserRow of(AppUser user) {
        return new UserRow(user);
    }

    public String getLogin() {
        return login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String unit(boolean chinese) {
        return chinese ? unitZh : unitEn;
    }

    public List<String> getRoles() {
        return roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isLocked() {
        return locked;
    }
}
