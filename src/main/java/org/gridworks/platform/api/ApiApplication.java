package org.gridworks.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API for other systems and scripts; the conventions are in shared/API.md. */
@ApplicationPath(ApiApplication.BASE)
public class ApiApplication extends Application {

    public static final String BASE = "api/v1";
}
