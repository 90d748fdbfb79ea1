package org.gridworks.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.gridworks.platform.Roles;
import org.gridworks.platform.web.FacesFeedback;

/**
 * Creating or editing one user. The form keeps the version it was loaded with, so a save after someone
 * else's is refused with a message and the typed values stay on the page.
 */
@Named
@ViewScoped
public class UserEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    @Inject
    UnitService units;

    private String loginParam;
    private boolean existing;
    private String login;
    private String displayName;
    private String unit;
    private String phone;
    private String email;
    private List<String> roles = new ArrayList<>();
    private boolean enabled = true;
    private int version;
    private String password;
    private List<UnitOption> unitChoices;

    /** Loads the user named in ?login=..., or starts an empty form for a new one. */
    public void load() {
        FacesFeedback.orNotFound(this::loadNow);
    }

    void loadNow() {
        unitChoices =
                units.list().stream().filter(Unit::isActive).map(UnitOption::of).toList();
        if (loginParam == null || loginParam.isBlank()) {
            return;
        }
        AppUser user = users.require(loginParam);
        existing = true;
        login = user.getLogin();
        displayName = user.getDisplayName();
        unit = user.getUnit().getCode();
        phone = user.getPhone();
        email = user.getEmail();
        roles = new ArrayList<>(user.getRoles());
        enabled = user.isEnabled();
        version = user.getVersion();
    }

    public String save() {
        UserForm form =
                new UserForm(login, displayName, unit, phone, email, new LinkedHashSet<>(roles), enabled, version);
        AppUser saved = FacesFeedback.attempt(() -> existing ? users.update(form) : users.create(form, password));
        if (saved == null) {
            return null;
        }
        version = saved.getVersion();
        FacesFeedback.infoAfterRedirect("user.saved", saved.getLogin());
        return "/admin/users?faces-redirect=true";
    }

    public void resetPassword() {
        if (FacesFeedback.attempt(() -> users.resetPassword(login, password))) {
            FacesFeedback.info("user.passwordReset", login);
        }
        password = null;
    }

    public List<String> getRoleChoices() {
        return Roles.ALL;
    }

    public List<UnitOption> getUnitChoices() {
        return unitChoices;
    }

    public String getLoginParam() {
        return loginParam;
    }

    public void setLoginParam(String loginParam) {
        this.loginParam = loginParam;
    }

    public boolean isExisting() {
        return existing;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getVersion() {
        return version;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
