package org.fachwerk.core;

import java.util.Arrays;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.fachwerk.core.internal.Messages;
import org.fachwerk.store.Accounts;
import org.fachwerk.store.Principal;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.UnitOfWork;

/**
 * How the workbench and the administration commands begin their unit of work: for the person named by
 * {@link DataLocation#actor()} (the system's user or {@code --user}) while no account of the store has a password,
 * the database of one person; once one has, only as the person the store authenticated with their password, so that
 * {@code --user} names a login and impersonates nobody.
 */
public final class Login {

    private Login() {
    }

    /**
     * @param password asked only when the store needs it: the password, or null when the person gives none
     * @throws StoreException when a password is needed and none is given
     * @throws org.fachwerk.store.Accounts.RefusedException when the store refuses the login
     */
    public static UnitOfWork begin(Store store, Supplier<char[]> password) {
        return begin(store, password, false);
    }

    /**
     * As {@link #begin(Store, Supplier)}, also with a one-time password from a reset, which opens nothing else: for
     * replacing it.
     */
    public static UnitOfWork beginToChangePassword(Store store, Supplier<char[]> password) {
        return begin(store, password, true);
    }

    private static UnitOfWork begin(Store store, Supplier<char[]> password, boolean oneTimeAllowed) {
        String login = DataLocation.actor();
        if (!store.accounts().anyPassword()) {
            return store.begin(login);
        }
        char[] given = password.get();
        if (given == null) {
            throw new StoreException(NLS.bind(Messages.Login_needed, login, DataLocation.PASSWORD_VARIABLE));
        }
        try {
            Principal principal = store.accounts().authenticate(login, given);
            if (!oneTimeAllowed && store.accounts().mustChangePassword(login)) {
                throw new Accounts.RefusedException(NLS.bind(Messages.Login_changeFirst, login));
            }
            return store.begin(principal);
        } finally {
            Arrays.fill(given, '\0');
        }
    }

    /** The password from {@value DataLocation#PASSWORD_VARIABLE}, for commands without a window; null without it. */
    public static char[] fromEnvironment() {
        String password = DataLocation.password();
        return password == null ? null : password.toCharArray();
    }
}
