package org.gridworks.platform.cluster;

import fish.payara.micro.ClusterCommandResult;
import fish.payara.micro.PayaraInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * /health/ready tells whether this server was started to join others in Payara's Data Grid ("clustered") and how
 * many servers it sees there ("members"), so an operator spots a server that did not join. Always UP: a server alone
 * still serves its users correctly (jobs are leased in the database, reads go to the database), it only shares its
 * sessions with nobody. Payara runs the grid even with --nocluster (one member that looks for no other), so whether
 * clustering is on is read from the server's configuration, once: it only changes with a restart.
 */
@Readiness
@ApplicationScoped
public class DataGridReadiness implements HealthCheck {

    static final String CLUSTERING_ENABLED =
            "configs.config.server-config.hazelcast-config-specific-configuration.clustering-enabled";

    @Inject
    Instance<PayaraInstance> payara;

    private volatile Boolean clustered;

    @Override
    public HealthCheckResponse call() {
        int members = 1;
        boolean joined = false;
        if (payara.isResolvable()) {
            PayaraInstance instance = payara.get();
            joined = instance.isClustered() && clusteringEnabled(instance);
            members = joined ? Math.max(1, instance.getClusteredPayaras().size()) : 1;
        }
        return HealthCheckResponse.named("data-grid")
                .up()
                .withData("clustered", joined)
                .withData("members", members)
                .build();
    }

    private boolean clusteringEnabled(PayaraInstance instance) {
        if (clustered == null) {
            ClusterCommandResult result = instance.executeLocalAsAdmin("get", CLUSTERING_ENABLED);
            String output = result.getOutput() == null ? "" : result.getOutput();
            clustered = !output.contains(CLUSTERING_ENABLED + "=false");
        }
        return clustered;
    }
}
