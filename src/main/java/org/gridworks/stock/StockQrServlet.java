package org.gridworks.stock;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.qr.QrResponses;

/**
 * {@code GET /stock/qr?material=CODE&warehouse=CODE[&size=PX]}: the QR printed on a stock label, which opens that
 * material's stock page at that warehouse. Signed-in users only (web.xml); the catalogue's own role check decides.
 */
@WebServlet("/stock/qr")
public class StockQrServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Catalogue catalogue;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String material = QrResponses.parameter(request, "material");
        String warehouse = QrResponses.parameter(request, "warehouse");
        if (material == null || warehouse == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String base = QrResponses.base(request);
        QrResponses.send(response, QrResponses.size(request), () -> {
            Material m = catalogue
                    .material(material)
                    .orElseThrow(() -> BusinessException.notFound("stock.unknownMaterial", material));
            Warehouse w = catalogue
                    .warehouse(warehouse)
                    .filter(Warehouse::isActive)
                    .orElseThrow(() -> BusinessException.notFound("stock.unknownWarehouse", warehouse));
            return stockAddress(base, m.getCode(), w.getCode());
        });
    }

    /** The stock page of a material at one warehouse, as a label's QR carries it. */
    public static String stockAddress(String base, String material, String warehouse) {
        return base + "/stock/material.xhtml?code=" + QrResponses.encode(material) + "&warehouse="
                + QrResponses.encode(warehouse);
    }
}
