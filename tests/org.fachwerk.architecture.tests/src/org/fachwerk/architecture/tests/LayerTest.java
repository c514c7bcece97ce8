package org.fachwerk.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
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
    @ValueSource(strings = { "org.fachwerk.model", "org.fachwerk.model.edit", "org.fachwerk.store",
            "org.fachwerk.store.h2", "org.fachwerk.core", "org.fachwerk.demo",
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

    /**
     * The store is wired to the whole model, so the wiring cannot show whether it knows a module: its classes must
     * name no class of the model but the root (Department) and what all objects are (Entity), neither as a type
     * nor as a literal of the package (e.g. TIME_ENTRY) nor as a table in SQL text.
     */
    @ParameterizedTest
    @ValueSource(strings = { "org.fachwerk.store", "org.fachwerk.store.h2" })
    void theStoreNamesNoClassOfAModule(String symbolicName) throws IOException {
        List<String> moduleClasses = new ArrayList<>();
        for (URL type : Collections.list(bundle("org.fachwerk.model").findEntries("/org/fachwerk/model", "*.class",
                false))) {
            String name = type.getPath().substring(type.getPath().lastIndexOf('/') + 1).replace(".class", "");
            if (!name.contains("$") && !List.of("Entity", "Department", "FachwerkPackage", "FachwerkFactory")
                    .contains(name)) {
                moduleClasses.add(name);
            }
        }
        assertTrue(moduleClasses.contains("TimeEntry"), "the model's classes are found: " + moduleClasses);
        List<URL> classes = Collections.list(bundle(symbolicName).findEntries("/", "*.class", true));
        assertFalse(classes.isEmpty(), symbolicName + " has classes");
        for (URL type : classes) {
            for (String constant : utf8Constants(type)) {
                for (String moduleClass : moduleClasses) {
                    String literal = moduleClass.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
                    assertFalse(constant.contains("org/fachwerk/model/" + moduleClass + ";")
                            || constant.equals("org/fachwerk/model/" + moduleClass) || constant.equals(literal)
                            || constant.startsWith(literal + "__") || constant.contains('"' + literal + '"'),
                            type.getPath() + " in " + symbolicName + " names " + moduleClass + ": " + constant);
                }
            }
        }
    }

    /** The texts in a class file's constant pool: the names of what it uses, and its string constants. */
    private static List<String> utf8Constants(URL classFile) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(classFile.openStream()))) {
            in.skipNBytes(8); // magic number and version
            int count = in.readUnsignedShort();
            List<String> constants = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                case 1 -> constants.add(in.readUTF());
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++; // longs and doubles take two entries
                }
                default -> throw new IOException(classFile + ": unknown constant tag " + tag);
                }
            }
            return constants;
        }
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
