package org.gridworks.platform.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every JSON body the API binds is a record checked with {@code @Valid}, and no record component carries a
 * standard constraint directly: Payara's OpenAPI generator fails on those (NullPointerException in
 * ApplicationProcessor.visitSize, so /openapi answered 500); the GridWorks constraints compose them instead.
 */
class InputRecordsTest {

    private static final List<Class<? extends Annotation>> NOT_A_BODY = List.of(
            PathParam.class,
            QueryParam.class,
            HeaderParam.class,
            CookieParam.class,
            FormParam.class,
            MatrixParam.class,
            BeanParam.class,
            Context.class);

    @Test
    void everyRecordBodyIsValidatedAndCarriesOnlyGridWorksConstraints() throws Exception {
        List<String> bodies = new ArrayList<>();
        List<String> faults = new ArrayList<>();
        for (Class<?> type : applicationClasses()) {
            if (!type.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!isResourceMethod(method)) {
                    continue;
                }
                for (Parameter parameter : method.getParameters()) {
                    if (NOT_A_BODY.stream().anyMatch(parameter::isAnnotationPresent)
                            || !parameter.getType().isRecord()) {
                        continue;
                    }
                    String where = type.getSimpleName() + "." + method.getName();
                    bodies.add(where);
                    if (!parameter.isAnnotationPresent(Valid.class)) {
                        faults.add(where + ": body " + parameter.getType().getSimpleName() + " without @Valid");
                    }
                    standardConstraints(parameter.getType(), faults);
                }
            }
        }
        assertTrue(bodies.size() >= 15, "the scan found the API's record bodies: " + bodies);
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }

    private static void standardConstraints(Class<?> record, List<String> faults) {
        for (RecordComponent component : record.getRecordComponents()) {
            for (Annotation annotation : component.getAnnotations()) {
                if (annotation.annotationType().getPackageName().equals("jakarta.validation.constraints")) {
                    faults.add(record.getSimpleName() + "." + component.getName() + ": @"
                            + annotation.annotationType().getSimpleName() + " breaks /openapi; use "
                            + MaxLength.class.getPackageName());
                }
            }
            if (component.getType().isRecord()) {
                standardConstraints(component.getType(), faults);
            }
        }
    }

    private static boolean isResourceMethod(Method method) {
        return Stream.of(method.getAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    private static List<Class<?>> applicationClasses() throws IOException, URISyntaxException {
        java.nio.file.Path root = java.nio.file.Path.of(MaxLength.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path file :
                    files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    classes.add(Class.forName(name, false, InputRecordsTest.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    // a class that needs the server to load is no resource of ours
                }
            }
        }
        assertFalse(classes.isEmpty());
        return classes;
    }
}
