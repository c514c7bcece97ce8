package org.fachwerk.ui.testing;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.fachwerk.core.DepartmentSession;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * The real Fachwerk workbench, started in the test's own OSGi runtime on the test thread: the application model
 * with the fragments of the module bundles that are running, the life cycle that opens an embedded database in a
 * fresh directory, and real SWT widgets under the display (Xvfb on a server).
 */
@SuppressWarnings("restriction")
public final class RunningWorkbench {

    /** What a test does with the running workbench; it runs on the UI thread. */
    public interface Body {
        void run(RunningWorkbench workbench) throws Exception;
    }

    /** The application's command that shows the part its parameter names (Window > Overview, Ctrl+1, ...). */
    public static final String SHOW_PART = "org.fachwerk.app.command.showPart";
    public static final String SHOW_PART_PARAMETER = "org.fachwerk.app.command.showPart.part";

    /** After this long, dialogs that no test answered are closed so that the test fails instead of hanging. */
    private static final int WATCHDOG_MILLIS = 60_000;

    private final E4Workbench workbench;
    private final Display display;
    private Throwable dialogFailure;

    private RunningWorkbench(E4Workbench workbench, Display display) {
        this.workbench = workbench;
        this.display = display;
    }

    /** Starts the workbench on a new database in {@code dataDirectory}, runs the body, closes the workbench. */
    public static void run(Path dataDirectory, Body body) throws Exception {
        run(dataDirectory, body, true);
    }

    /**
     * Runs the first body in a workbench, closes it, starts a new one on the same database and runs the second: what
     * a user finds after a restart.
     */
    public static void runWithRestart(Path dataDirectory, Body before, Body after) throws Exception {
        try {
            run(dataDirectory, before, false);
        } catch (Exception | Error e) {
            deleteRecursively(dataDirectory);
            throw e;
        }
        run(dataDirectory, after, true);
    }

    private static void run(Path dataDirectory, Body body, boolean deleteData) throws Exception {
        Files.createDirectories(dataDirectory);
        System.setProperty("fachwerk.data", dataDirectory.toString());
        Display display = Display.getDefault();
        renewModelAssembler(display);
        Map<String, Object> arguments = new HashMap<>();
        arguments.put(IApplicationContext.APPLICATION_ARGS, new String[] { "-applicationXMI",
                "org.fachwerk.app/Application.e4xmi", "-lifeCycleURI",
                "bundleclass://org.fachwerk.app/org.fachwerk.app.internal.Lifecycle", "-clearPersistedState",
                "-persistState", "false" });
        IApplicationContext context = (IApplicationContext) Proxy.newProxyInstance(
                RunningWorkbench.class.getClassLoader(), new Class<?>[] { IApplicationContext.class },
                (proxy, method, args) -> "getArguments".equals(method.getName()) ? arguments : null);
        E4Workbench e4 = new E4Application().createE4Workbench(context, display);
        RunningWorkbench running = new RunningWorkbench(e4, display);
        DepartmentSession[] session = { e4.getApplication().getContext().get(DepartmentSession.class) };
        Exception[] failure = new Exception[1];
        Error[] error = new Error[1];
        display.asyncExec(() -> {
            try {
                running.flush();
                body.run(running);
                if (running.dialogFailure != null) {
                    throw new AssertionError("A dialog check failed", running.dialogFailure);
                }
            } catch (Exception e) {
                failure[0] = e;
            } catch (Error e) {
                error[0] = e;
            } finally {
                // let pending commits finish, as the life cycle does when a product quits (a test whose commit
                // fails on purpose waits the full time here)
                running.waitFor(() -> Job.getJobManager().find(null).length == 0 && !session[0].hasChanges());
                e4.close();
            }
        });
        Runnable watchdog = () -> {
            if (!e4.getApplication().getChildren().isEmpty() && running.openDialog(running.shell()) != null) {
                running.dialogFailure = new AssertionError("A dialog was still open after "
                        + WATCHDOG_MILLIS / 1000 + " s: " + running.openDialog(running.shell()).getText());
                for (Shell shell : display.getShells()) {
                    if (shell != running.shell() && shell.isVisible()) {
                        shell.close();
                    }
                }
            }
        };
        display.timerExec(WATCHDOG_MILLIS, watchdog);
        e4.createAndRunUI(e4.getApplication());
        display.timerExec(-1, watchdog);
        // what the life cycle does after the window is gone in a product, so that no test leaves a database open
        session[0].close();
        if (deleteData) {
            deleteRecursively(dataDirectory);
        }
        if (error[0] != null) {
            throw error[0];
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        if (running.dialogFailure != null) { // e.g. an error dialog that opened after the test's own checks
            throw new AssertionError("A dialog was left open", running.dialogFailure);
        }
    }

    /**
     * The e4 model assembler is one OSGi component per runtime that merges each module's fragment into the first
     * application model and keeps no copy for a second one. A new instance for every workbench lets each test start
     * from the fragments of the module bundles running at that moment, as a product start does.
     */
    private static void renewModelAssembler(Display display) throws Exception {
        Bundle self = FrameworkUtil.getBundle(RunningWorkbench.class);
        if (self.getBundleContext() == null) {
            self.start(); // test runtimes install this bundle without starting it
        }
        BundleContext context = self.getBundleContext();
        ServiceReference<ServiceComponentRuntime> reference = context.getServiceReference(ServiceComponentRuntime.class);
        ServiceComponentRuntime scr = context.getService(reference);
        try {
            for (Bundle bundle : context.getBundles()) {
                if ("org.eclipse.e4.ui.workbench".equals(bundle.getSymbolicName())) {
                    for (ComponentDescriptionDTO component : scr.getComponentDescriptionDTOs(bundle)) {
                        if (component.implementationClass.endsWith(".ModelAssembler")) {
                            scr.disableComponent(component).getValue();
                            scr.enableComponent(component).getValue();
                            discardCleanupOfTheOldAssembler(display);
                            return;
                        }
                    }
                }
            }
            throw new IllegalStateException("No e4 model assembler component in the runtime");
        } finally {
            context.ungetService(reference);
        }
    }

    /**
     * The retired assembler schedules clean-ups against the closed workbench's context, which fail inside e4;
     * they concern nothing of the next workbench, so they run and their failures are dropped here.
     */
    private static void discardCleanupOfTheOldAssembler(Display display) {
        java.util.function.Consumer<RuntimeException> handler = display.getRuntimeExceptionHandler();
        display.setRuntimeExceptionHandler(ignored -> {
        });
        try {
            while (display.readAndDispatch()) {
                // run every pending clean-up
            }
        } finally {
            display.setRuntimeExceptionHandler(handler);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    /** A new, empty directory for a test's database. */
    public static Path newDataDirectory(String name) throws IOException {
        return Files.createTempDirectory("fachwerk-" + name);
    }

    public MApplication application() {
        return workbench.getApplication();
    }

    public <T> T service(Class<T> type) {
        return Objects.requireNonNull(workbench.getContext().get(type), type.getName());
    }

    /** A service or value from the active window's context, e.g. EPartService, DepartmentSession. */
    public <T> T windowService(Class<T> type) {
        return Objects.requireNonNull(window().getContext().get(type), type.getName());
    }

    public MWindow window() {
        return application().getChildren().get(0);
    }

    public Shell shell() {
        return (Shell) window().getWidget();
    }

    /** The part with the id, or null when no module contributes it. */
    public MPart part(String id) {
        List<MPart> parts = service(EModelService.class).findElements(application(), id, MPart.class);
        return parts.isEmpty() ? null : parts.get(0);
    }

    /** Brings a part to the front as its menu item does, and returns its object (the part class instance). */
    public Object showPart(String id) {
        if (!show(id)) {
            throw new IllegalStateException("No part " + id + " to show");
        }
        return part(id).getObject();
    }

    /** Shows a part as its menu item or key binding does, through the show-part command; whether a handler ran. */
    public boolean show(String partId) {
        return execute(SHOW_PART, Map.of(SHOW_PART_PARAMETER, partId));
    }

    /** A mouse event of the left button at the point, with the given buttons and keys held. */
    public static org.eclipse.swt.widgets.Event mouse(int x, int y, int stateMask) {
        org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
        event.x = x;
        event.y = y;
        event.button = 1;
        event.stateMask = stateMask;
        return event;
    }

    /** Runs a command as the menu or its key binding would; returns whether a handler ran. */
    public boolean execute(String commandId) {
        return execute(commandId, null);
    }

    /** Runs a command with parameters as a menu item or key binding with them would; whether a handler ran. */
    public boolean execute(String commandId, Map<String, ?> parameters) {
        ParameterizedCommand command = windowService(ECommandService.class).createCommand(commandId, parameters);
        if (command == null) {
            throw new IllegalArgumentException("No command " + commandId + " with the parameters " + parameters);
        }
        EHandlerService handlers = windowService(EHandlerService.class);
        if (!handlers.canExecute(command)) {
            return false;
        }
        handlers.executeHandler(command);
        flush();
        return true;
    }

    /** Processes pending UI events and the asynchronous model refreshes they cause. */
    public void flush() {
        for (int round = 0; round < 5; round++) {
            while (display.readAndDispatch()) {
                // keep going until the queue is empty
            }
        }
    }

    /** Waits, processing events, until the condition holds or ten seconds have passed. */
    public boolean waitFor(BooleanSupplier condition) {
        long end = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        return condition.getAsBoolean();
    }

    /**
     * Runs the action when a modal dialog opens (in the nested event loop of the command that opens it), e.g. to
     * fill it in and press OK. A failure inside the action closes the dialog and fails the test.
     */
    public void whenDialogOpens(Consumer<Shell> action) {
        Shell main = shell();
        display.timerExec(200, new Runnable() {
            int tries;

            @Override
            public void run() {
                Shell dialog = openDialog(main);
                if (dialog == null) {
                    if (tries++ < 100) {
                        display.timerExec(100, this);
                    }
                    return;
                }
                try {
                    action.accept(dialog);
                } catch (RuntimeException | Error e) {
                    dialogFailure = e;
                    if (!dialog.isDisposed()) {
                        dialog.close();
                    }
                }
            }
        });
    }

    private Shell openDialog(Shell main) {
        for (Shell shell : display.getShells()) {
            if (shell != main && !shell.isDisposed() && shell.isVisible()
                    && (shell.getStyle() & (SWT.APPLICATION_MODAL | SWT.PRIMARY_MODAL | SWT.SYSTEM_MODAL)) != 0) {
                return shell;
            }
        }
        return null;
    }

    /** The widget of the type whose data under {@code key} is {@code value}, searched below {@code root}. */
    public static <T extends Control> T find(Control root, Class<T> type, String key, String value) {
        List<T> found = new ArrayList<>();
        collect(root, type, key, value, found);
        if (found.isEmpty()) {
            throw new AssertionError("No " + type.getSimpleName() + " with " + key + "=" + value);
        }
        return found.get(0);
    }

    /** All widgets of the type below {@code root}. */
    public static <T extends Control> List<T> findAll(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, null, null, found);
        return found;
    }

    private static <T extends Control> void collect(Control control, Class<T> type, String key, String value,
            List<T> found) {
        if (type.isInstance(control) && (key == null || value.equals(control.getData(key)))) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, key, value, found);
            }
        }
    }
}
