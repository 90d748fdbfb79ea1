package org.gridworks.platform.db;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** /health/ready says DOWN when the database cannot be reached, so a load balancer stops sending users here. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = GridWorksDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    DatabaseSettings settings;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database")
                .withData("url", settings.displayUrl())
                .withData("embedded", settings.isEmbedded());
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(TIMEOUT_SECONDS);
            return response.withData("product", connection.getMetaData().getDatabaseProductName()
                            + " " + connection.getMetaData().getDatabaseProductVersion())
                    .status(valid)
                    .build();
        } catch (SQLException e) {
            return response.withData("error", e.getClass().getSimpleName()).down().build();
        }
    }
}
