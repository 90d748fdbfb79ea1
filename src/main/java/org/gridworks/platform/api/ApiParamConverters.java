package org.gridworks.platform.api;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Function;

/**
 * Query and path parameters of type LocalDate, LocalDateTime, enum, Integer and Long read the same way everywhere
 * (the rules of {@link ApiInput}); a value that does not parse is a 400 naming the parameter, never a 404 or 500.
 * Primitive int and long parameters are JAX-RS' own; their failures are mapped in ApiExceptionMappers.
 */
@Provider
public class ApiParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(text -> ApiInput.date(name, text));
        }
        if (rawType == LocalDateTime.class) {
            return (ParamConverter<T>) converter(text -> ApiInput.dateTime(name, text));
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>)
                    converter(text -> (int) ApiInput.whole(name, text, Integer.MIN_VALUE, Integer.MAX_VALUE));
        }
        if (rawType == Long.class) {
            return (ParamConverter<T>) converter(text -> ApiInput.whole(name, text, Long.MIN_VALUE, Long.MAX_VALUE));
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) converter(text -> ApiInput.code((Class) rawType, name, text));
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return parse.apply(text);
                } catch (InvalidInputException refused) {
                    InvalidInputException.Fault fault = refused.faults().get(0);
                    throw new BadParameterException(fault.field(), fault.messageKey(), fault.arguments());
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
            }
        };
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam q) {
                return q.value();
            }
            if (annotation instanceof PathParam p) {
                return p.value();
            }
        }
        return null;
    }
}
