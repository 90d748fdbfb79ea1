package org.gridworks.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gridworks.platform.web.FacesFeedback;

/** The user's own account page: who they are, and changing their password. */
@Named
@RequestScoped
public class AccountBacking {

    @Inject
    AccountService accounts;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(repeatPassword)) {
            FacesFeedback.error("password.repeatDiffers");
            return;
        }
        if (FacesFeedback.attempt(() -> accounts.changeOwnPassword(currentPassword, newPassword))) {
            FacesFeedback.info("password.changed");
        }
        currentPassword = null;
        newPassword = null;
        repeatPassword = null;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
