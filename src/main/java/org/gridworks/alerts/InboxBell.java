package org.gridworks.alerts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The unread count in the header, once per request; a failure shows no count rather than breaking the page. */
@Named
@RequestScoped
public class InboxBell {

    private static final Logger LOG = Logger.getLogger(InboxBell.class.getName());

    @Inject
    InboxService inbox;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            try {
                unread = inbox.unread();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "No unread count", e);
                unread = 0L;
            }
        }
        return unread;
    }
}
