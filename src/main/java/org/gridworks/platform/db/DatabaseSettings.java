package org.gridworks.platform.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What the application needs to know about its database beyond the datasource itself. */
@ApplicationScoped
public class DatabaseSettings {

    @Inject
    @ConfigProperty(name = "db.url")
    String url;

    @Inject
    @ConfigProperty(name = "gridworks.demo-data", defaultValue = "auto")
    String demoData;

    /** True when running on the embedded H2 file instead of a MySQL server. */
    public boolean isEmbedded() {
        return url.startsWith("jdbc:h2:");
    }

    /** Demo data goes into the embedded database by default, and into MySQL only when asked for explicitly. */
    public boolean wantsDemoData() {
        return switch (demoData.trim().toLowerCase()) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> isEmbedded();
        };
    }

    /** The URL without user information or parameters, safe to show in health output and logs. */
    public String displayUrl() {
        return DatabaseUrls.redact(url);
    }
}
