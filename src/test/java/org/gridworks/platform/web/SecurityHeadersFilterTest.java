package org.gridworks.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertTrue(SecurityHeadersFilter.LOCKED_DOWN_POLICY.contains("frame-ancestors 'none'"));
    }
}
