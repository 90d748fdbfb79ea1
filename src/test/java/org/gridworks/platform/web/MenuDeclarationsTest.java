package org.gridworks.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.gridworks.platform.Roles;
import org.gridworks.platform.i18n.Messages;
import org.junit.jupiter.api.Test;

/**
 * The areas' menu declarations, read without a container as Menu reads them: every entry opens a page that exists,
 * has a label in both languages, a place of its own and known roles, and no page is declared twice.
 */
class MenuDeclarationsTest {

    private static final Set<String> ROLES =
            Set.of(Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN);

    static List<MenuItem> declared() throws ReflectiveOperationException {
        List<MenuItem> items = new ArrayList<>();
        for (JavaClass area : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gridworks")
                .that(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "menus", (JavaClass c) -> c.isAssignableTo(AreaMenu.class) && !c.isInterface()))) {
            items.addAll(((AreaMenu) area.reflect().getConstructor().newInstance()).items());
        }
        return items;
    }

    @Test
    void everyEntryOpensAPageWithALabelAndKnownRoles() throws ReflectiveOperationException {
        ResourceBundle chinese = Messages.bundle(Locale.SIMPLIFIED_CHINESE);
        ResourceBundle english = Messages.bundle(Locale.ENGLISH);
        for (MenuItem item : declared()) {
            assertTrue(Files.isRegularFile(Path.of("src/main/webapp" + item.getOutcome())), item.getOutcome());
            assertTrue(
                    chinese.containsKey(item.getLabelKey()) && english.containsKey(item.getLabelKey()),
                    item.getLabelKey());
            assertTrue(ROLES.containsAll(item.getRoles()), item.getOutcome() + " " + item.getRoles());
        }
    }

    @Test
    void noPageOrPlaceIsDeclaredTwice() throws ReflectiveOperationException {
        List<MenuItem> items = declared();
        assertEquals(
                items.size(),
                new TreeSet<>(items.stream().map(MenuItem::getOutcome).toList()).size());
        assertEquals(
                items.size(),
                new TreeSet<>(items.stream().map(MenuItem::getPosition).toList()).size());
    }

    /** Every area with pages of its own in the menu declares them: the home page, projects, stock, ... 25 entries. */
    @Test
    void theMenuHasEveryAreasEntries() throws ReflectiveOperationException {
        Set<String> pages =
                new TreeSet<>(declared().stream().map(MenuItem::getOutcome).toList());
        assertEquals(25, pages.size(), pages.toString());
        assertTrue(
                pages.containsAll(Set.of(
                        "/index.xhtml",
                        "/projects/index.xhtml",
                        "/stock/post.xhtml",
                        "/requests/board.xhtml",
                        "/permits/board.xhtml",
                        "/milestones/portfolio.xhtml",
                        "/audit/index.xhtml",
                        "/admin/users.xhtml",
                        "/admin/permit-routes.xhtml",
                        "/delays/causes.xhtml",
                        "/account.xhtml")),
                pages.toString());
    }
}
