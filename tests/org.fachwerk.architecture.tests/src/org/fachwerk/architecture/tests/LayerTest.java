package org.fachwerk.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The layering of docs/architecture.md, checked on the resolved bundles of a real runtime: what a bundle is wired to is what
 * it can load, whether through Import-Package or Require-Bundle.
 */
class LayerTest {

    /** Bundles below the user interface. */
    private static final List<String> NON_UI = List.of("org.fachwerk.model", "org.fachwerk.model.edit",
            "org.fachwerk.store", "org.fachwerk.store.h2", "org.fachwerk.core", "org.fachwerk.demo");

    /** Bundles and packages of the user interface toolkits. */
    private static final List<String> UI_PROVIDERS = List.of("org.eclipse.swt", "org.eclipse.jface",
            "org.eclipse.e4.ui");

    private static Bundle bundle(String symbolicName) {
        for (Bundle bundle : FrameworkUtil.getBundle(LayerTest.class).getBundleContext().getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError(symbolicName + " is not in the runtime");
    }

    /** The bundles a bundle (with its fragments) is wired to, and the packages it imports. */
    private static List<String> dependencies(Bundle bundle) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        assertNotNull(wiring, bundle.getSymbolicName() + " is resolved");
        List<String> names = new ArrayList<>();
        for (BundleWire wire : wiring.getRequiredWires(null)) {
            names.add(wire.getProvider().getBundle().getSymbolicName());
            Object pkg = wire.getCapability().getAttributes().get("osgi.wiring.package");
            if (pkg != null) {
                names.add(pkg.toString());
            }
        }
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = { "org.fachwerk.model", "org.fachwerk.model.edit", "org.fachwerk.store",
            "org.fachwerk.store.h2", "org.fachwerk.core", "org.fachwerk.demo", "org.fachwerk.cli",
            "org.fachwerk.projects.core", "org.fachwerk.timelog.core", "org.fachwerk.documents.core" })
    void nonUiBundlesUseNoUserInterfaceToolkit(String symbolicName) {
        for (String dependency : dependencies(bundle(symbolicName))) {
            for (String ui : UI_PROVIDERS) {
                assertFalse(dependency.startsWith(ui), symbolicName + " must not depend on " + dependency);
            }
        }
    }

    @Test
    void theRuleCatchesAViolation() {
        // the check above must be able to fail: a UI bundle is wired to SWT
        assertTrue(dependencies(bundle("org.fachwerk.ui")).stream().anyMatch(d -> d.startsWith("org.eclipse.swt")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "org.fachwerk.model", "org.fachwerk.model.edit", "org.fachwerk.store", "org.fachwerk.core",
            "org.fachwerk.demo",
            "org.fachwerk.ui", "org.fachwerk.app" })
    void noLowerLayerKnowsAModule(String symbolicName) {
        for (String dependency : dependencies(bundle(symbolicName))) {
            assertFalse(dependency.matches("org\\.fachwerk\\.(projects|timelog|documents)\\..*"),
                    symbolicName + " must not depend on the module " + dependency);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "org.fachwerk.model", "org.fachwerk.store", "org.fachwerk.store.h2", "org.fachwerk.core" })
    void theDemoDataIsNoPartOfTheLayersBelow(String symbolicName) {
        assertFalse(dependencies(bundle(symbolicName)).contains("org.fachwerk.demo"),
                symbolicName + " must not depend on the demo data");
    }

    @Test
    void theStoreApiKnowsNoJdbcOrH2() {
        for (String dependency : dependencies(bundle("org.fachwerk.store"))) {
            assertFalse(dependency.startsWith("java.sql") || dependency.startsWith("org.h2")
                    || dependency.equals("com.h2database"), "the store API must not depend on " + dependency);
        }
        for (String nonUi : NON_UI) {
            bundle(nonUi);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "org.fachwerk.model", "org.fachwerk.model.edit", "org.fachwerk.store.h2", "org.fachwerk.ui",
            "org.fachwerk.app", "org.fachwerk.cli", "org.fachwerk.projects.core", "org.fachwerk.projects.ui",
            "org.fachwerk.timelog.core", "org.fachwerk.timelog.ui", "org.fachwerk.documents.core",
            "org.fachwerk.documents.ui" })
    void everyTextHasAGermanAndAnEnglishVersion(String symbolicName) throws IOException {
        Bundle bundle = bundle(symbolicName);
        List<URL> english = Collections.list(bundle.findEntries("/", "*.properties", true));
        int pairs = 0;
        for (URL base : english) {
            String path = base.getPath();
            if (path.matches(".*_[a-z]{2}\\.properties") || path.startsWith("/META-INF/maven/")) {
                continue;
            }
            URL german = bundle.getEntry(path.replace(".properties", "_de.properties"));
            assertNotNull(german, symbolicName + path + " has no German version");
            assertEquals(keys(base), keys(german), symbolicName + path + ": German and English keys differ");
            pairs++;
        }
        assertTrue(pairs > 0, symbolicName + " has externalised texts");
    }

    private static TreeSet<String> keys(URL url) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
