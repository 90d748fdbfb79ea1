package org.gridworks.platform.cluster;

import fish.payara.micro.PayaraInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * /health/ready tells how many servers this one sees in Payara's Data Grid, and whether it is clustered at all, so
 * an operator sees a server that did not join. Always UP: a server alone still serves its users correctly (jobs are
 * leased in the database, reads go to the database), it only shares sessions with nobody.
 */
@Readiness
@ApplicationScoped
public class DataGridReadiness implements HealthCheck {

    @Inject
    Instance<PayaraInstance> payara;

    @Override
    public HealthCheckResponse call() {
        boolean clustered = false;
        int members = 1;
        if (payara.isResolvable()) {
            PayaraInstance instance = payara.get();
            clustered = instance.isClustered();
            if (clustered) {
                members = Math.max(1, instance.getClusteredPayaras().size());
            }
        }
        HealthCheckResponseBuilder response = HealthCheckResponse.named("data-grid").up();
        return response.withData("clustered", clustered).withData("members", members).build();
    }
}
