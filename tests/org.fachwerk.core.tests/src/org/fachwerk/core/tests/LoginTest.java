package org.fachwerk.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.fachwerk.core.DataLocation;
import org.fachwerk.core.Login;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.store.Accounts;
import org.fachwerk.store.ChangeSet;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.StoreService;
import org.fachwerk.store.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** --user names the login; once the store has passwords it impersonates nobody. */
class LoginTest {

    private static StoreService storeService() {
        BundleContext context = FrameworkUtil.getBundle(LoginTest.class).getBundleContext();
        return context.getService(context.getServiceReference(StoreService.class));
    }

    @AfterEach
    void forgetTheUser() {
        System.clearProperty(DataLocation.USER);
    }

    @Test
    void theNamedUserWorksWithoutAPasswordUntilTheFirstAccountHasOneThenOnlyWithTheirOwn() {
        System.setProperty(DataLocation.USER, "akoch");
        try (Store store = storeService().open(StoreLocation.inMemory("login"))) {
            UnitOfWork first = Login.begin(store, () -> {
                throw new AssertionError("no password is asked while no account has one");
            });
            Department department = FachwerkFactory.eINSTANCE.createDepartment();
            department.setName("Ordnungsamt");
            first.add(department);
            first.commit();

            store.accounts().changePassword("akoch", new char[0], "Lindenweg-4-Bauamt".toCharArray());
            StoreException none = assertThrows(StoreException.class, () -> Login.begin(store, () -> null));
            assertTrue(none.getMessage().contains("akoch must log in") && none.getMessage().contains(
                    DataLocation.PASSWORD_VARIABLE), none.getMessage());
            assertThrows(Accounts.RefusedException.class,
                    () -> Login.begin(store, () -> "geraten-geraten".toCharArray()));

            System.setProperty(DataLocation.USER, "bschulz"); // another name with Anna's password opens nothing
            assertThrows(Accounts.RefusedException.class,
                    () -> Login.begin(store, () -> "Lindenweg-4-Bauamt".toCharArray()));

            System.setProperty(DataLocation.USER, "akoch");
            UnitOfWork work = Login.begin(store, () -> "Lindenweg-4-Bauamt".toCharArray());
            work.loadDepartments().get(0).setName("Ordnungsamt Nord");
            work.commit();
            List<ChangeSet> changes = work.changesSince(0);
            assertEquals("akoch", changes.get(changes.size() - 1).actor());

            char[] oneTime = store.accounts().resetPassword("akoch");
            Accounts.RefusedException oneTimeOnly = assertThrows(Accounts.RefusedException.class,
                    () -> Login.begin(store, oneTime::clone));
            assertTrue(oneTimeOnly.getMessage().contains("one-time password"), oneTimeOnly.getMessage());
            Login.beginToChangePassword(store, oneTime::clone);
            store.accounts().changePassword("akoch", oneTime, "Mein-eigenes-2027".toCharArray());
            Login.begin(store, () -> "Mein-eigenes-2027".toCharArray());
        }
    }
}
