package org.gridworks.alerts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.i18n.Languages;
import org.gridworks.platform.watch.WatchSources;

/** The signed-in user's warnings: newest first, read or not (its own class: the longest literal path wins). */
@Path("me/inbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    @Inject
    WatchSources pages;

    @Inject
    InboxService alerts;

    @Context
    HttpHeaders headers;

    @GET
    public List<AlertJson.InboxJson> inbox() {
        Locale locale = Languages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return alerts.inbox().stream()
                .map(i -> AlertJson.InboxJson.of(i, locale, pages))
                .toList();
    }

    @POST
    @Path("{id}/read")
    public JsonObject read(@PathParam("id") long id) {
        alerts.read(id);
        return Json.createObjectBuilder().add("unread", alerts.unread()).build();
    }

    @POST
    @Path("read-all")
    public JsonObject readAll() {
        alerts.readAll();
        return Json.createObjectBuilder().add("unread", alerts.unread()).build();
    }
}
