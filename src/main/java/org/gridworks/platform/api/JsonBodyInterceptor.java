package org.gridworks.platform.api;

import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Every JSON body bound to an input record passes {@link JsonGuard} (syntax, depth, duplicate keys) and
 * {@link JsonShape} (unknown properties, types, number ranges, codes) before JSON-B reads it, so binding never
 * meets a body it would loop on or fail with. Raw bodies (byte[], streams: uploads and imports) are left to
 * their readers; their size is bounded by BodyLimitFilter.
 */
@Provider
public class JsonBodyInterceptor implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        if (!isJson(context.getMediaType()) || isRaw(context.getType())) {
            return context.proceed();
        }
        byte[] body = readAll(context.getInputStream());
        JsonValue value = JsonGuard.read(body);
        if (value != null && JsonShape.isInputRecord(context.getGenericType())) {
            List<InvalidInputException.Fault> faults = JsonShape.check(value, context.getGenericType());
            if (!faults.isEmpty()) {
                throw new InvalidInputException(faults);
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static boolean isJson(MediaType type) {
        return type != null
                && ("json".equalsIgnoreCase(type.getSubtype())
                        || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }

    private static boolean isRaw(Class<?> type) {
        return type == byte[].class
                || InputStream.class.isAssignableFrom(type)
                || type == String.class
                || type == java.io.Reader.class;
    }

    /** The filter in front has already bounded the body; this only collects it. */
    private static byte[] readAll(InputStream in) throws IOException {
        return in == null ? new byte[0] : in.readAllBytes();
    }
}
