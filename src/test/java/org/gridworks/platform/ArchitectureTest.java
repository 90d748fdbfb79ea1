package org.gridworks.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The house's shape as rules that fail the build: the ground floor (platform) knows no business area, warnings know
 * no watched area, the areas form no cycle, and pages and API resources reach the database only through services.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gridworks");

    private static final String[] AREAS = {
        "org.gridworks.alerts..",
        "org.gridworks.audit..",
        "org.gridworks.calendar..",
        "org.gridworks.capacity..",
        "org.gridworks.home..",
        "org.gridworks.identity..",
        "org.gridworks.milestones..",
        "org.gridworks.permits..",
        "org.gridworks.projects..",
        "org.gridworks.reports..",
        "org.gridworks.requests..",
        "org.gridworks.stock.."
    };

    @Test
    void platformImportsNoBusinessArea() {
        noClasses()
                .that()
                .resideInAPackage("org.gridworks.platform..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(AREAS)
                .check(CLASSES);
    }

    /**
     * Warnings collect what the areas report through the watch SPI (platform.watch) and know none of the watched
     * records. They may use the shared ground the areas stand on too: people and units (identity), the working-day
     * calendar, the audit trail.
     */
    @Test
    void alertsImportNoWatchedArea() {
        noClasses()
                .that()
                .resideInAPackage("org.gridworks.alerts..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.gridworks.projects..",
                        "org.gridworks.milestones..",
                        "org.gridworks.requests..",
                        "org.gridworks.permits..",
                        "org.gridworks.stock..",
                        "org.gridworks.reports..",
                        "org.gridworks.home..")
                .check(CLASSES);
    }

    @Test
    void theAreasFormNoCycle() {
        slices().matching("org.gridworks.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void pagesAndResourcesUseServicesNotTheEntityManager() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Backing")
                .or()
                .haveSimpleNameEndingWith("Resource")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(CLASSES);
    }
}
