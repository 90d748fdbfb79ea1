package org.gridworks.requests;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gridworks.platform.qr.QrResponses;

/**
 * {@code GET /requests/qr?id=N[&size=PX]}: the QR on a delivery note, which opens that note (and from it the
 * signing page) on the site's phone. Only for whoever may see the request; others get the same 404 as for a
 * request that does not exist.
 */
@WebServlet("/requests/qr")
public class NoteQrServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MaterialRequestService requests;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = QrResponses.parameter(request, "id");
        long requestId;
        try {
            requestId = id == null ? -1 : Long.parseLong(id);
        } catch (NumberFormatException e) {
            requestId = -1;
        }
        if (requestId <= 0) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        long found = requestId;
        String base = QrResponses.base(request);
        QrResponses.send(
                response,
                QrResponses.size(request),
                () -> noteAddress(base, requests.find(found).getId()));
    }

    /** The delivery note's own address. */
    public static String noteAddress(String base, long requestId) {
        return base + "/requests/note.xhtml?id=" + requestId;
    }
}
