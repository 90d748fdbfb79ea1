package org.gridworks.alerts;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works off the outbox: each due message is claimed, sent outside any transaction, and marked sent or scheduled
 * again with a growing pause. A message is queued once (unique per warning, recipient and channel) and claimed
 * by one server at a time; only a server dying between sending and recording it could send it twice.
 */
@Stateless
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    @Inject
    OutboxClaims claims;

    @Inject
    MailChannel mail;

    @Inject
    SmsChannel sms;

    @Inject
    AlertSettings settings;

    /** The outcome of one run. */
    public record Outcome(int sent, int failed) {}

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome sendDue() {
        int sent = 0;
        int failed = 0;
        for (Long id : claims.due(200)) {
            if (!claims.claim(id)) {
                continue;
            }
            OutboxMessage message = claims.load(id);
            try {
                if (message.getChannel() == Channel.EMAIL) {
                    mail.send(message.getAddress(), message.getSubject(), message.getBody());
                } else {
                    sms.send(message.getAddress(), message.getBody());
                }
                claims.sent(id);
                sent++;
            } catch (Exception e) {
                failed++;
                LOG.log(Level.WARNING, "Outbox message {0} ({1} to {2}) failed: {3}", new Object[] {
                    id, message.getChannel(), message.getAddress(), e.toString()
                });
                claims.failed(
                        id, e.toString(), message.getAttempts(), settings.maxAttempts(), settings.backoffSeconds());
            }
        }
        return new Outcome(sent, failed);
    }
}
