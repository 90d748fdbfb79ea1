package org.gridworks.alerts;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.gridworks.identity.AccountService;
import org.gridworks.identity.AppUser;
import org.gridworks.platform.watch.Colour;
import org.gridworks.platform.watch.WatchSources;
import org.gridworks.platform.web.FacesFeedback;

/** The inbox page: the user's warnings, newest first; opening one marks it read; the user's channel choices. */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    @Inject
    WatchSources pages;

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    InboxService inbox;

    @Inject
    AccountService accounts;

    private List<Row> rows = List.of();
    private String language;
    private boolean email;
    private boolean sms;
    private boolean hasEmail;
    private boolean hasPhone;

    /** A warning as a line of the inbox. */
    public record Row(
            long id, Colour colour, boolean reminder, String title, String text, String link, String when, boolean read)
            implements Serializable {}

    public void load() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        rows = inbox.inbox().stream()
                .map(i -> new Row(
                        i.getId(),
                        i.getAlert().getColour(),
                        i.getAlert().isReminder(),
                        i.getAlert().title(locale),
                        i.getAlert().text(locale),
                        i.getAlert().link(pages),
                        i.getAlert().getRaisedAt().format(WHEN),
                        i.getReadAt() != null))
                .toList();
        AppUser me = accounts.me();
        language = me.getLanguage();
        email = me.isNotifyEmail();
        sms = me.isNotifySms();
        hasEmail = me.getEmail() != null && !me.getEmail().isBlank();
        hasPhone = me.getPhone() != null && !me.getPhone().isBlank();
    }

    /** Marks the warning read and opens the record it is about. */
    public void open(Row row) {
        if (FacesFeedback.attempt(() -> inbox.read(row.id())) != null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            try {
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + row.link());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public void readAll() {
        inbox.readAll();
        load();
    }

    public void saveChannels() {
        if (FacesFeedback.attempt(() -> accounts.notifications(language, email, sms)) != null) {
            FacesFeedback.info("inbox.channelsSaved");
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isAnyUnread() {
        return rows.stream().anyMatch(r -> !r.read());
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isEmail() {
        return email;
    }

    public void setEmail(boolean email) {
        this.email = email;
    }

    public boolean isSms() {
        return sms;
    }

    public void setSms(boolean sms) {
        this.sms = sms;
    }

    public boolean isHasEmail() {
        return hasEmail;
    }

    public boolean isHasPhone() {
        return hasPhone;
    }
}
