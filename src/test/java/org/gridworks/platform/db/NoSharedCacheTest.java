package org.gridworks.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * With several servers over one database, every read must see what another server wrote a moment ago: no entity
 * lives in EclipseLink's shared cache (README, "Several servers"). The persistence unit caches only entities that
 * opt in, and none does; this test fails the day one opts in without that decision being made again.
 */
class NoSharedCacheTest {

    @Test
    void onlyEntitiesThatOptInAreCached() throws Exception {
        String unit = Files.readString(Path.of("src/main/resources/META-INF/persistence.xml"));
        Matcher mode =
                Pattern.compile("<shared-cache-mode>(\\w+)</shared-cache-mode>").matcher(unit);
        assertTrue(mode.find(), "persistence.xml sets shared-cache-mode");
        assertTrue(List.of("ENABLE_SELECTIVE", "NONE").contains(mode.group(1)), mode.group(1));
    }

    @Test
    void noEntityOptsIn() {
        List<JavaClass> entities = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.gridworks").stream()
                        .filter(c -> c.isAnnotatedWith(Entity.class))
                        .toList();
        assertTrue(entities.size() > 20, "the entities were found: " + entities.size());
        List<String> cached = entities.stream()
                .filter(c -> c.tryGetAnnotationOfType(Cacheable.class)
                        .map(Cacheable::value)
                        .orElse(false))
                .map(JavaClass::getName)
                .toList();
        assertEquals(List.of(), cached, "entities in the shared cache would read stale rows on other servers");
    }
}
