package org.gridworks.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    @Test
    void pagesAndTheirErrorPagesGetThePolicyOfPrimeFaces() {
        assertTrue(SecurityHeadersFilter.isRenderedByFaces("/index.xhtml"));
        assertTrue(SecurityHeadersFilter.isRenderedByFaces("/"));
        assertTrue(SecurityHeadersFilter.isRenderedByFaces("/no/such/page"));
        assertTrue(SecurityHeadersFilter.isRenderedByFaces(null));
    }

    @Test
    void apiResourcesAndFilesGetTheLockedDownPolicy() {
        assertFalse(SecurityHeadersFilter.isRenderedByFaces("/api/v1"));
        assertFalse(SecurityHeadersFilter.isRenderedByFaces("/jakarta.faces.resource/theme.css.xhtml"));
        assertFalse(SecurityHeadersFilter.isRenderedByFaces("/favicon.ico"));
    }

    @Test
    void anApiAnswerMayRunNothingBeFramedByNoOneAndBeKeptByNoCache() {
        Map<String, String> headers = headersFor("/api/v1", false);
        // written out here, not read from the filter, so a weakened policy fails this test
        assertEquals(
                "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
                headers.get("Content-Security-Policy"));
        assertEquals("DENY", headers.get("X-Frame-Options"));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("strict-origin-when-cross-origin", headers.get("Referrer-Policy"));
        assertEquals("camera=(), microphone=(), geolocation=()", headers.get("Permissions-Policy"));
        assertEquals("no-store", headers.get("Cache-Control"));
    }

    @Test
    void aPageLeavesItsPolicyToPrimeFacesAndMayBeCached() {
        Map<String, String> headers = headersFor("/index.xhtml", false);
        assertNull(headers.get("Content-Security-Policy"), "PrimeFaces adds its own, with the page's nonce");
        assertNull(headers.get("Cache-Control"));
        assertEquals("DENY", headers.get("X-Frame-Options"));
    }

    @Test
    void onlyTheScanningPagesMayUseTheCamera() {
        assertEquals(
                "camera=(self), microphone=(), geolocation=()",
                headersFor("/stock/index.xhtml", false).get("Permissions-Policy"));
        assertEquals(
                "camera=(self), microphone=(), geolocation=()",
                headersFor("/stock/post.xhtml", false).get("Permissions-Policy"));
        assertEquals(
                "camera=(), microphone=(), geolocation=()",
                headersFor("/stock/material.xhtml", false).get("Permissions-Policy"));
        assertEquals(
                "camera=(), microphone=(), geolocation=()",
                headersFor("/stock/labels.xhtml", false).get("Permissions-Policy"));
    }

    @Test
    void qrPicturesGetTheLockedDownPolicy() {
        assertFalse(SecurityHeadersFilter.isRenderedByFaces("/stock/qr"));
        assertFalse(SecurityHeadersFilter.isRenderedByFaces("/requests/qr"));
        assertEquals(
                "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
                headersFor("/stock/qr", false).get("Content-Security-Policy"));
    }

    @Test
    void strictTransportSecurityOnlyOverTls() {
        assertNull(
                headersFor("/index.xhtml", false).get("Strict-Transport-Security"),
                "a browser told so over plain HTTP would lock itself out of a test server");
        assertEquals("max-age=31536000", headersFor("/index.xhtml", true).get("Strict-Transport-Security"));
    }

    /** The headers {@code apply} sets on a response to a request for the path (a Proxy stands in for both). */
    private static Map<String, String> headersFor(String servletPath, boolean secure) {
        Map<String, String> headers = new LinkedHashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                getLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getServletPath" -> servletPath;
                    case "isSecure" -> secure;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                getLoader(), new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setHeader")) {
                        headers.put((String) args[0], (String) args[1]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        SecurityHeadersFilter.apply(request, response);
        return headers;
    }

    private static ClassLoader getLoader() {
        return SecurityHeadersFilterTest.class.getClassLoader();
    }
}
