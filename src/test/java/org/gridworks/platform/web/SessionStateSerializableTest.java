package org.gridworks.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * With several servers a session lives in the Data Grid and comes back on another server after failover, so
 * everything a session holds must serialize and come back working: page beans (view and session scope) and, field by
 * field, what they keep. Injected services are kept as Weld's serializable references (EJBs and normal-scoped beans),
 * not as transient fields that would come back null. A field that does not serialize is transient and read again.
 */
class SessionStateSerializableTest {

    private static final List<Class<?>> SESSION_BEANS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.gridworks").stream()
                    .filter(c -> c.isAnnotatedWith(ViewScoped.class) || c.isAnnotatedWith(SessionScoped.class))
                    .<Class<?>>map(JavaClass::reflect)
                    .toList();

    @Test
    void everythingAPageSessionHoldsSerializes() {
        assertTrue(SESSION_BEANS.size() > 20, "page beans found: " + SESSION_BEANS.size());
        List<String> problems = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> bean : SESSION_BEANS) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            checkFields(bean, problems, seen);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void injectedServicesAreKeptNotTransient() {
        List<String> transientInjections = new ArrayList<>();
        for (Class<?> bean : SESSION_BEANS) {
            for (Field field : bean.getDeclaredFields()) {
                if (injected(field) && Modifier.isTransient(field.getModifiers())) {
                    transientInjections.add(bean.getSimpleName() + "." + field.getName());
                }
            }
        }
        assertEquals(List.of(), transientInjections, "null after failover");
    }

    private static void checkFields(Class<?> type, List<String> problems, Set<Class<?>> seen) {
        for (Class<?> c = type; c != null && c.getName().startsWith("org.gridworks."); c = c.getSuperclass()) {
            if (!seen.add(c)) {
                return;
            }
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
                    continue;
                }
                String where = c.getName() + "." + field.getName();
                if (injected(field)) {
                    if (!passivationCapable(field.getType())) {
                        problems.add(where + ": injected " + field.getType().getName() + " does not serialize");
                    }
                } else {
                    checkType(field.getGenericType(), where, problems, seen);
                }
            }
        }
    }

    private static void checkType(Type type, String where, List<String> problems, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), where, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, where, problems, seen);
            }
        } else if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c.isEnum() || c == Object.class) {
                return;
            }
            boolean collection =
                    c.isInterface() && (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c));
            if (!collection && !Serializable.class.isAssignableFrom(c)) {
                problems.add(where + ": " + c.getName() + " does not serialize");
            } else if (c.getName().startsWith("org.gridworks.")) {
                checkFields(c, problems, seen);
            }
        }
    }

    private static boolean injected(Field field) {
        return field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class);
    }

    /**
     * What Weld injects as a serializable reference: EJBs (by class or local interface), normal-scoped beans,
     * serializable values. (Weld itself refuses to deploy a view- or session-scoped bean with any other dependency.)
     */
    private static boolean passivationCapable(Class<?> type) {
        return type.isInterface()
                || type.isAnnotationPresent(Stateless.class)
                || type.isAnnotationPresent(Singleton.class)
                || type.isAnnotationPresent(Stateful.class)
                || type.isAnnotationPresent(ApplicationScoped.class)
                || type.isAnnotationPresent(RequestScoped.class)
                || type.isAnnotationPresent(SessionScoped.class)
                || type.isAnnotationPresent(ViewScoped.class)
                || Serializable.class.isAssignableFrom(type)
                || type.isPrimitive()
                || type.getName().startsWith("jakarta.enterprise.")
                || type == Optional.class;
    }
}
