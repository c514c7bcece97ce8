package org.fachwerk.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.fachwerk.ui.testing.RunningWorkbench;

/**
 * Each department product's module set, applied to the real application model: only the modules that are running
 * contribute parts and menus, as in the products built by releng/org.fachwerk.repository (whose archives
 * check-products starts too).
 */
class DepartmentProductsTest {

    private static final List<String> MODULES = List.of("projects", "timelog", "documents");

    private static final List<String> PARTS = List.of("org.fachwerk.projects.part.explorer",
            "org.fachwerk.timelog.part.timesheet", "org.fachwerk.documents.part.browser");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({ "Fachwerk, projects timelog documents", "Fachwerk Bauamt, projects documents",
            "Fachwerk Personalamt, timelog documents", "Fachwerk IT-Referat, projects timelog" })
    void aProductShowsOnlyItsModules(String product, String modules) throws Exception {
        Set<String> enabled = Set.of(modules.split(" "));
        for (String module : MODULES) {
            Bundle bundle = moduleBundle(module);
            if (enabled.contains(module)) {
                bundle.start(Bundle.START_ACTIVATION_POLICY);
            } else {
                bundle.stop();
            }
        }
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("product"), workbench -> {
            Set<String> parts = new TreeSet<>();
            for (String id : PARTS) {
                if (workbench.part(id) != null) {
                    parts.add(id.split("\\.")[2]);
                }
            }
            assertEquals(new TreeSet<>(enabled), parts, product + " parts");
            Set<String> menus = new TreeSet<>();
            for (MMenuElement menu : workbench.window().getMainMenu().getChildren()) {
                String[] id = menu.getElementId().split("\\.");
                if (MODULES.contains(id[2])) {
                    menus.add(id[2]);
                }
            }
            assertEquals(new TreeSet<>(enabled), menus, product + " menus");
            for (String module : enabled) {
                // each enabled module's part really shows: bring it to the front
                String partId = PARTS.stream().filter(p -> p.contains("." + module + ".")).findFirst().orElseThrow();
                workbench.showPart(partId);
                assertEquals(true, workbench.part(partId).getWidget() != null, partId + " is rendered");
            }
        });
    }

    @AfterAll
    static void startAllModules() throws BundleException {
        for (String module : MODULES) {
            moduleBundle(module).start(Bundle.START_ACTIVATION_POLICY);
        }
    }

    private static Bundle moduleBundle(String module) {
        String name = "org.fachwerk." + module + ".ui";
        for (Bundle bundle : FrameworkUtil.getBundle(DepartmentProductsTest.class).getBundleContext().getBundles()) {
            if (name.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError(name + " is not in the test runtime");
    }
}
