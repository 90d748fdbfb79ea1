package org.gridworks.alerts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.gridworks.identity.AccountService;
import org.gridworks.identity.AppUser;

/** The signed-in user's choices for warnings: language, e-mail, text messages. */
@Path("me/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    @Inject
    AccountService accounts;

    @GET
    public AlertJson.NotificationsJson get() {
        return json(accounts.me());
    }

    @PUT
    public AlertJson.NotificationsJson put(@Valid AlertJson.NotificationsJson input) {
        AppUser me = accounts.me();
        AlertJson.NotificationsJson in = input == null ? json(me) : input;
        return json(accounts.notifications(
                in.language() == null ? me.getLanguage() : in.language(),
                in.email() == null ? me.isNotifyEmail() : in.email(),
                in.sms() == null ? me.isNotifySms() : in.sms()));
    }

    private static AlertJson.NotificationsJson json(AppUser user) {
        return new AlertJson.NotificationsJson(user.getLanguage(), user.isNotifyEmail(), user.isNotifySms());
    }
}
