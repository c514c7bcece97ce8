package org.fachwerk.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The application model and the modules' fragments name their parts, handlers and add-ons as classes that exist:
 * e4 only finds out when the class is first needed, and then a menu item does nothing or a view stays empty.
 * Each is a top-level class (no {@code Outer$Inner}), so that handlers are packaged one way everywhere.
 */
class ApplicationModelTest {

    private static final Pattern CLASS_URI = Pattern.compile("contributionURI=\"bundleclass://([^/\"]+)/([^\"]+)\"");

    @Test
    void everyContributedClassIsATopLevelClassThatLoads() throws IOException {
        List<String> checked = new ArrayList<>();
        for (Bundle bundle : FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles()) {
            if (!bundle.getSymbolicName().startsWith("org.fachwerk.")) {
                continue;
            }
            for (String model : models(bundle)) {
                URL entry = bundle.getEntry(model);
                assertNotNull(entry, bundle.getSymbolicName() + " has no " + model);
                Matcher uri = CLASS_URI.matcher(read(entry));
                while (uri.find()) {
                    String where = bundle.getSymbolicName() + "/" + model + ": " + uri.group(2);
                    if (!uri.group(1).startsWith("org.fachwerk.")) {
                        continue; // the platform's add-ons
                    }
                    assertFalse(uri.group(2).contains("$"), where + " is a nested class");
                    Bundle owner = owner(uri.group(1));
                    assertNotNull(owner, where + ": no bundle " + uri.group(1));
                    try {
                        owner.loadClass(uri.group(2));
                    } catch (ClassNotFoundException e) {
                        throw new AssertionError(where + " does not load", e);
                    }
                    checked.add(where);
                }
            }
        }
        assertTrue(checked.size() > 20, "the application and the three modules contribute parts and handlers: "
                + checked);
    }

    /** The application model of the application bundle, the fragment of a module. */
    private static List<String> models(Bundle bundle) {
        List<String> models = new ArrayList<>();
        if (bundle.getEntry("Application.e4xmi") != null) {
            models.add("Application.e4xmi");
        }
        String fragment = bundle.getHeaders("").get("Model-Fragment");
        if (fragment != null) {
            models.add(fragment.split(";")[0].trim());
        }
        return models;
    }

    private static Bundle owner(String symbolicName) {
        for (Bundle bundle : FrameworkUtil.getBundle(ApplicationModelTest.class).getBundleContext().getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
