package org.gridworks.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What crosses the Data Grid must arrive whole on a server that only has the same WAR: every ClusterWide event is a
 * record of plain values (strings, numbers, booleans, dates, enums), and the wrapper goes through Java serialization
 * and back unchanged.
 */
class ClusterWideEventsTest {

    private static final List<Class<?>> EVENTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.gridworks").stream()
                    .filter(c -> c.isAssignableTo(ClusterWide.class) && !c.isInterface())
                    .<Class<?>>map(JavaClass::reflect)
                    .toList();

    @Test
    void everyClusterWideEventIsARecordOfPlainValues() {
        assertTrue(EVENTS.size() >= 2, "the calendar's and the accounts' events at least: " + EVENTS);
        for (Class<?> event : EVENTS) {
            assertTrue(event.isRecord(), event + " is a record");
            for (RecordComponent component : event.getRecordComponents()) {
                Class<?> type = component.getType();
                assertTrue(
                        type.isPrimitive()
                                || type.isEnum()
                                || type.getName().startsWith("java.lang.")
                                || type.getName().startsWith("java.time."),
                        event + "." + component.getName() + " is plain");
            }
        }
    }

    @Test
    void aNoticeCrossesSerializationUnchanged() throws Exception {
        record Sample(String what, boolean flag) implements ClusterWide {}
        ClusterNotice sent = new ClusterNotice(new Sample("day 2026-10-08", true));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(sent);
        }
        Object received;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            received = in.readObject();
        }

        assertEquals(sent, received);
    }
}
