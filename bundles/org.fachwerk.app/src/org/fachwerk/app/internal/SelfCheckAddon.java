package org.fachwerk.app.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuSeparator;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * Lets an administrator or a build check an installed product: started with {@code -Dfachwerk.selfcheck=FILE}, the
 * workbench writes the language, the window title, every part and every menu entry to FILE once it is up, then
 * quits. It also writes how long the start took and how much heap the open workbench keeps, for the start benchmark
 * and for an administrator who wants to know. Without the property it does nothing.
 */
public class SelfCheckAddon {

    public static final String PROPERTY = "fachwerk.selfcheck";

    @Inject
    MApplication application;

    @Inject
    EModelService models;

    @Inject
    @Optional
    void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, IWorkbench workbench) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        // the window is open with its parts: the time from the start of Java to here is the start's
        long started = ManagementFactory.getRuntimeMXBean().getUptime();
        // let the window finish its first layout and paint before it is described
        Display.getCurrent().timerExec(1000, () -> {
            try {
                List<String> lines = describe(application, models);
                lines.add("started " + started + " ms");
                lines.add("heap " + liveHeap() + " bytes");
                Files.write(Path.of(file), lines, StandardCharsets.UTF_8);
            } catch (IOException e) {
                System.err.println("The self-check cannot write " + file + ": " + e.getMessage());
            }
            workbench.close();
        });
    }

    /** The heap the workbench keeps: what is in use after the collector ran, as far as it can be asked to. */
    private static long liveHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** One line per fact: {@code locale LOCALE}, {@code window TITLE}, {@code part ID LABEL}, {@code menu ID PATH}. */
    static List<String> describe(MApplication application, EModelService models) {
        List<String> lines = new ArrayList<>();
        lines.add("locale " + Locale.getDefault());
        for (MWindow window : application.getChildren()) {
            lines.add("window " + window.getLocalizedLabel());
            for (MPart part : models.findElements(window, null, MPart.class)) {
                if (part.isToBeRendered()) {
                    lines.add("part " + part.getElementId() + " " + part.getLocalizedLabel());
                }
            }
            if (window instanceof MTrimmedWindow && window.getMainMenu() != null) {
                for (MMenuElement menu : window.getMainMenu().getChildren()) {
                    describeMenu(menu, "", lines);
                }
            }
        }
        return lines;
    }

    private static void describeMenu(MMenuElement element, String path, List<String> lines) {
        if (element instanceof MMenuSeparator || !element.isVisible() || !element.isToBeRendered()) {
            return;
        }
        String label = element.getLocalizedLabel() == null ? "" : element.getLocalizedLabel().replace("&", "");
        String here = path.isEmpty() ? label : path + " > " + label;
        lines.add("menu " + element.getElementId() + " " + here);
        if (element instanceof MMenu menu) {
            for (MMenuElement child : menu.getChildren()) {
                describeMenu(child, here, lines);
            }
        }
    }
}
