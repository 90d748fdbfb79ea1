package org.gridworks.platform.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.gridworks.platform.BusinessException;
import org.junit.jupiter.api.Test;

class QrResponsesTest {

    @Test
    void theSizeIsTheDefaultABoundedNumberOrRefused() {
        assertEquals(240, QrResponses.size(request(Map.of(), "http", 8080, "")));
        assertEquals(300, QrResponses.size(request(Map.of("size", "300"), "http", 8080, "")));
        assertEquals(-1, QrResponses.size(request(Map.of("size", "x"), "http", 8080, "")));
        assertEquals(-1, QrResponses.size(request(Map.of("size", "63"), "http", 8080, "")));
        assertEquals(-1, QrResponses.size(request(Map.of("size", "1025"), "http", 8080, "")));
    }

    @Test
    void aParameterIsTrimmedAndBlankOrOverlongOnesAreMissing() {
        assertEquals("WH-WC", QrResponses.parameter(request(Map.of("w", " WH-WC "), "http", 80, ""), "w"));
        assertNull(QrResponses.parameter(request(Map.of("w", " "), "http", 80, ""), "w"));
        assertNull(QrResponses.parameter(request(Map.of("w", "x".repeat(65)), "http", 80, ""), "w"));
        assertNull(QrResponses.parameter(request(Map.of(), "http", 80, ""), "w"));
    }

    @Test
    void theBaseIsTheAddressTheCallerUsedWithoutADefaultPort() {
        assertEquals("http://127.0.0.1:8080/gw", QrResponses.base(request(Map.of(), "http", 8080, "/gw")));
        assertEquals("https://127.0.0.1", QrResponses.base(request(Map.of(), "https", 443, "")));
        assertEquals("http://127.0.0.1", QrResponses.base(request(Map.of(), "http", 80, "")));
    }

    @Test
    void refusalsBecomeTheirStatus() {
        assertEquals(404, QrResponses.statusOf(BusinessException.notFound("x")));
        assertEquals(403, QrResponses.statusOf(BusinessException.forbidden()));
        assertEquals(400, QrResponses.statusOf(BusinessException.invalid("f", "x")));
        assertEquals(409, QrResponses.statusOf(BusinessException.conflict("x")));
    }

    private static HttpServletRequest request(Map<String, String> parameters, String scheme, int port, String context) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                QrResponsesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getParameter" -> parameters.get((String) args[0]);
                    case "getScheme" -> scheme;
                    case "getServerName" -> "127.0.0.1";
                    case "getServerPort" -> port;
                    case "getContextPath" -> context;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
