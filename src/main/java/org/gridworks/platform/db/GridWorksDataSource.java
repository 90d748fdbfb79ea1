package org.gridworks.platform.db;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's only datasource. Every value comes from MicroProfile Config, so the environment
 * (DB_URL, DB_USER, DB_PASSWORD, DB_DATASOURCECLASS) points it at a MySQL server; the defaults in
 * META-INF/microprofile-config.properties give the embedded H2 file database in MySQL mode.
 */
@DataSourceDefinition(
        name = GridWorksDataSource.JNDI_NAME,
        className = "${MPCONFIG=db.datasourceclass}",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class GridWorksDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/gridworks";
}
