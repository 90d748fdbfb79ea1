package org.gridworks.stock;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.i18n.Languages;

/** The warehouses over the JSON API, names in the caller's language. */
@Path("warehouses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WarehouseResource {

    @Inject
    Catalogue catalogue;

    @Context
    HttpHeaders headers;

    @GET
    public List<StockJson.WarehouseJson> list() {
        Locale locale = Languages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return catalogue.warehouses().stream()
                .map(w -> StockJson.WarehouseJson.of(w, locale))
                .toList();
    }
}
