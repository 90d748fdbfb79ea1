package org.gridworks.platform.api;

import jakarta.ws.rs.core.Response;
import org.gridworks.platform.Sheets;

/** File answers of the API. */
public final class Downloads {

    private Downloads() {}

    /** An Excel workbook to save under the given name. */
    public static Response xlsx(byte[] content, String fileName) {
        return Response.ok(content, Sheets.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
