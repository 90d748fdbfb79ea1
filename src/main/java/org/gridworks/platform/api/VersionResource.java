package org.gridworks.platform.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.gridworks.platform.SystemInfo;

/** Tells scripts and monitoring which GridWorks build answers: name, version and API level. */
@Path("version")
@RequestScoped
public class VersionResource {

    @Inject
    SystemInfo system;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> version() {
        return Map.of("name", "GridWorks", "version", system.getVersion(), "api", "v1");
    }
}
