package org.gridworks.platform.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.gridworks.platform.i18n.Languages;
import org.gridworks.platform.i18n.Messages;

/**
 * Bounds every API request body before JAX-RS reads it: JAX-RS reads a body whole before {@code @RolesAllowed}
 * runs, so a limit in the resource comes too late (a 300 MB upload used to end in OutOfMemoryError). A declared
 * Content-Length over the limit is answered 413 at once; a chunked body is read up to the limit and answered
 * 413 as soon as it passes it. Signing in happens before filters, so anonymous callers never get here.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class BodyLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** JSON bodies and everything not named below. */
    public static final int JSON_LIMIT = 1024 * 1024;
    /** Permit documents: 10 MB (README, permits; UploadCheck.MAX_BYTES). */
    public static final int DOCUMENT_LIMIT = 10 * 1024 * 1024;
    /** The reserve-list workbook: 5 MB (README, stock; stock.ReserveListService.MAX_FILE). */
    public static final int WORKBOOK_LIMIT = 5 * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long declared = request.getContentLengthLong();
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        // without a length or chunking a body may still stream (HTTP/2): a write is always read through the bound
        boolean write = !("GET".equals(request.getMethod())
                || "HEAD".equals(request.getMethod())
                || "OPTIONS".equals(request.getMethod()));
        if (declared == 0 || declared < 0 && !chunked && !write) {
            chain.doFilter(request, response);
            return;
        }
        int limit = limitFor(request.getMethod(), pathInApi(request));
        if (declared > limit) {
            tooLarge(request, response, limit);
            return;
        }
        byte[] body = readUpTo(request.getInputStream(), limit);
        if (body == null) {
            tooLarge(request, response, limit);
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    /** The limit of an endpoint, by method and path in the application ({@code /api/v1/...}). */
    static int limitFor(String method, String path) {
        if ("PUT".equals(method) && path.matches("/api/v1/permit-documents/[^/]+/file/?")) {
            return DOCUMENT_LIMIT;
        }
        if ("PUT".equals(method) && path.matches("/api/v1/stock/reserve-list/?")) {
            return WORKBOOK_LIMIT;
        }
        if ("POST".equals(method) && path.matches("/api/v1/grid-capacity\\.xlsx/?")) {
            return WORKBOOK_LIMIT; // capacity.CapacityService.MAX_FILE
        }
        return JSON_LIMIT;
    }

    private static String pathInApi(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The body, or null as soon as it passes the limit (the rest is never read). */
    static byte[] readUpTo(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(Math.min(limit, 64 * 1024));
        byte[] chunk = new byte[16 * 1024];
        int total = 0;
        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
            total += n;
            if (total > limit) {
                return null;
            }
            body.write(chunk, 0, n);
        }
        return body.toByteArray();
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response, int limit)
            throws IOException {
        String message = Messages.get(
                Languages.fromAcceptLanguage(request.getHeader("Accept-Language")),
                "api.error.413",
                limit / 1024 / 1024);
        response.setStatus(413);
        // the unread rest of the body is not worth draining: close the connection instead
        response.setHeader("Connection", "close");
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(ApiError.json(message, null).getBytes(StandardCharsets.UTF_8));
    }

    /** The request with its body already read, so JAX-RS reads the bounded copy. */
    static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body is already read");
                }
            };
        }
    }
}
