package org.fachwerk.app.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.PostWorkbenchClose;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.fachwerk.app.internal.handlers.QuitHandler;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.fachwerk.core.DataLocation;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.core.Login;
import org.fachwerk.demo.DemoDepartment;
import org.fachwerk.store.Accounts;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.StoreService;
import org.fachwerk.store.UnitOfWork;

/**
 * Opens the department's data before the window exists and closes it after the window is gone.
 */
public class Lifecycle {

    /** Seed of the demo department a new, empty database starts with. */
    private static final long DEMO_SEED = 2027;

    private static final String EDIT_MENU = "org.fachwerk.app.menu.edit";
    private static final String WINDOW_MENU = "org.fachwerk.app.menu.window";
    private static final String MAIN_STACK = "org.fachwerk.app.partstack.main";
    private static final String OVERVIEW_PART = "org.fachwerk.app.part.overview";

    private DepartmentSession session;
    private AutoSave autoSave;

    @PostContextCreate
    void openDepartment(IEclipseContext context, StoreService stores, Display display, IEventBroker events) {
        try {
            Store store = open(stores, DataLocation.store(password()));
            try {
                session = DepartmentSession.open(store, logIn(store),
                        () -> DemoDepartment.create(DEMO_SEED, LocalDate.now()), DataLocation.workingSet());
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        } catch (RuntimeException e) {
            MessageDialog.openError(null, Messages.Startup_storeFailed_title,
                    NLS.bind(Messages.Startup_storeFailed, e.getMessage()));
            Platform.getLog(getClass()).error(e.getMessage(), e);
            // an e4 life cycle cannot veto the start; without its data the workbench must not open
            System.exit(1);
        }
        context.set(DepartmentSession.class, session);
        autoSave = new AutoSave(session, display);
        // closing the window is quitting: it asks as File > Quit does (the renderer sets its own handler first)
        events.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, new EventHandler() {
            @Override
            public void handleEvent(Event event) {
                events.unsubscribe(this); // once, for this workbench's own start
                for (MWindow window : ((MApplication) event.getProperty(IEventBroker.DATA)).getChildren()) {
                    if (window.getContext() != null) {
                        window.getContext().set(IWindowCloseHandler.class,
                                closing -> QuitHandler.confirmed((Shell) closing.getWidget()));
                    }
                }
            }
        });
    }

    /** How often a wrong password of the database file is asked again before the start ends. */
    private static final int FILE_PASSWORD_ATTEMPTS = 3;

    /**
     * Opens the store; an encrypted database file with its password, from the environment or asked for (again after
     * a wrong one), and a new database encrypted when {@code --encrypt} asks for it.
     */
    private static Store open(StoreService stores, StoreLocation location) {
        if (location.kind() != StoreLocation.Kind.EMBEDDED) {
            return stores.open(location);
        }
        if (!stores.isEncrypted(location)) {
            return stores.open(DataLocation.encryptionRequested() ? newEncrypted(stores, location) : location);
        }
        String given = DataLocation.filePassword();
        for (int attempt = 1;; attempt++) {
            String password = given != null ? given
                    : new String(askPassword(NLS.bind(Messages.Login_filePassword, location.address())));
            try {
                return stores.open(location.encryptedWith(password));
            } catch (StoreException e) {
                if (given != null || attempt == FILE_PASSWORD_ATTEMPTS) {
                    throw e;
                }
                MessageDialog.openError(null, Messages.Login_title, e.getMessage());
            }
        }
    }

    /** A new database's location, encrypted with a password chosen twice; an existing plain one is not converted. */
    private static StoreLocation newEncrypted(StoreService stores, StoreLocation location) {
        if (stores.exists(location)) {
            throw new StoreException(NLS.bind(Messages.Startup_encryptExisting, location.address()));
        }
        String given = DataLocation.filePassword();
        while (given == null) {
            char[] chosen = askPassword(NLS.bind(Messages.Login_newFilePassword, StoreLocation.SHORTEST_FILE_PASSWORD));
            if (chosen.length < StoreLocation.SHORTEST_FILE_PASSWORD) {
                MessageDialog.openError(null, Messages.Login_title,
                        NLS.bind(Messages.Login_filePasswordTooShort, StoreLocation.SHORTEST_FILE_PASSWORD));
            } else if (!java.util.Arrays.equals(chosen, askPassword(Messages.Login_repeatPassword))) {
                MessageDialog.openError(null, Messages.Login_title, Messages.Login_passwordsDiffer);
            } else {
                given = new String(chosen);
            }
        }
        return location.encryptedWith(given);
    }

    /** The server password from the environment, else asked for; none for the embedded database. */
    private static String password() {
        if (DataLocation.server() == null || DataLocation.password() != null) {
            return DataLocation.password();
        }
        return new String(askPassword(NLS.bind(Messages.Login_prompt, DataLocation.actor(), DataLocation.server())));
    }

    /**
     * The unit of work of the person at the workbench ({@link Login}): once the store's accounts have passwords, the
     * password is asked until the store accepts it or the person cancels.
     */
    private static UnitOfWork logIn(Store store) {
        char[][] given = new char[1][];
        while (true) {
            try {
                UnitOfWork work = Login.beginToChangePassword(store, () -> {
                    given[0] = askPassword(NLS.bind(Messages.Login_account, DataLocation.actor()));
                    return given[0].clone();
                });
                if (given[0] != null && store.accounts().mustChangePassword(DataLocation.actor())) {
                    replaceOneTimePassword(store, given[0]);
                }
                return work;
            } catch (Accounts.RefusedException e) {
                MessageDialog.openError(null, Messages.Login_title, e.getMessage());
            }
        }
    }

    /** A one-time password from a reset is replaced before the department opens. */
    private static void replaceOneTimePassword(Store store, char[] oneTime) {
        while (true) {
            char[] replacement = askPassword(NLS.bind(Messages.Login_newPassword, DataLocation.actor()));
            if (!java.util.Arrays.equals(replacement, askPassword(Messages.Login_repeatPassword))) {
                MessageDialog.openError(null, Messages.Login_title, Messages.Login_passwordsDiffer);
                continue;
            }
            try {
                store.accounts().changePassword(DataLocation.actor(), oneTime, replacement);
                return;
            } catch (Accounts.RefusedException e) {
                MessageDialog.openError(null, Messages.Login_title, e.getMessage());
            }
        }
    }

    /** Asks for a password; cancelling ends the start. */
    private static char[] askPassword(String prompt) {
        InputDialog dialog = new InputDialog(null, Messages.Login_title, prompt, "", null) {
            @Override
            protected int getInputTextStyle() {
                return super.getInputTextStyle() | SWT.PASSWORD;
            }
        };
        if (dialog.open() != Window.OK) {
            System.exit(0); // the user chose not to log in
        }
        return dialog.getValue().toCharArray();
    }

    @ProcessAdditions
    void completeWindow(MApplication application, EModelService models) {
        String product = Platform.getProduct() == null ? "Fachwerk" : Platform.getProduct().getName();
        for (MWindow window : application.getChildren()) {
            window.setLabel(product + " \u2013 " + session.department().getName());
            if (window.getMainMenu() != null) {
                orderModuleContributions(window.getMainMenu().getChildren(), EDIT_MENU, WINDOW_MENU);
            }
        }
        MUIElement stack = models.find(MAIN_STACK, application);
        if (stack instanceof MPartStack parts) {
            orderModuleContributions(parts.getChildren(), OVERVIEW_PART, null);
        }
    }

    /**
     * Puts what the modules contributed after {@code afterId} (and before {@code beforeId}, if given) in the order of
     * their ids, whatever order the fragments were applied in, so that every installation shows the same menu bar and
     * the same tabs.
     */
    static <T extends MUIElement> void orderModuleContributions(List<T> elements, String afterId, String beforeId) {
        int first = 0;
        while (first < elements.size() && !afterId.equals(elements.get(first).getElementId())) {
            first++;
        }
        int last = first + 1;
        while (last < elements.size() && !Objects.equals(beforeId, elements.get(last).getElementId())) {
            last++;
        }
        if (first < elements.size()) {
            List<T> modules = new ArrayList<>(elements.subList(first + 1, last));
            elements.removeAll(modules);
            modules.sort(Comparator.comparing(MUIElement::getElementId));
            elements.addAll(first + 1, modules);
        }
    }

    @PostWorkbenchClose
    void closeDepartment(Display display) {
        try {
            RuntimeException failure = autoSave.finish();
            if (failure != null) {
                Platform.getLog(getClass()).error(failure.getMessage(), failure);
                if (!display.isDisposed()) {
                    MessageDialog.openError(null, Messages.AutoSave_failed_title,
                            NLS.bind(Messages.Quit_unsaved, failure.getMessage()));
                }
            }
        } finally {
            session.close();
        }
    }
}
