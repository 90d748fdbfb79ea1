package org.gridworks.platform.cluster;

import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Carries {@link ClusterWide} events to the other servers with Payara's clustered CDI events (Payara Micro's Data
 * Grid, Hazelcast underneath): sent once the change has committed, so the other servers read the new rows; fired
 * there again as {@link FromOtherServer}, on a thread of Payara's executor, within milliseconds. Not sent back to
 * the server it came from (no loop-back): that one handled its event already.
 * Without clustering (payara/run.sh's --nocluster, one server) Payara's event bus drops what is sent and nothing
 * arrives: the local event alone does the work, as before.
 * Only events fired without qualifiers are sent ({@code @Default}): the ones this relay fires on arrival carry
 * {@code @FromOtherServer} and must not go round again.
 */
@ApplicationScoped
public class ClusterRelay {

    private static final Logger LOG = Logger.getLogger(ClusterRelay.class.getName());

    @Inject
    @Outbound
    Event<ClusterNotice> toOtherServers;

    @Inject
    @FromOtherServer
    Event<ClusterWide> here;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Default ClusterWide event) {
        try {
            toOtherServers.fire(new ClusterNotice(event));
        } catch (RuntimeException e) {
            // the change is committed and this server is up to date; the others catch up at their next restart
            LOG.log(Level.WARNING, "Could not tell the other servers about " + event, e);
        }
    }

    void receive(@Observes @Inbound ClusterNotice notice) {
        LOG.fine(() -> "From another server: " + notice.event());
        here.fire(notice.event());
    }
}
