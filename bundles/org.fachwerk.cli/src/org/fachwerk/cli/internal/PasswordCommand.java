package org.fachwerk.cli.internal;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.fachwerk.core.AdminCommand;
import org.fachwerk.core.DataLocation;
import org.fachwerk.core.Login;
import org.fachwerk.model.Person;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.StoreService;
import org.fachwerk.store.UnitOfWork;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code fachwerk [--user LOGIN] password}: sets one's own password, read from the terminal without echo (or as the
 * first line of standard input when there is no terminal). While no account has a password, the first one is set
 * this way (an administrator's, to reset the others'); once one has, everyone logs in first with their password or
 * the one-time password of a reset ({@code FACHWERK_PASSWORD}), which this replaces. Who may: every person of the
 * department, for their own login only; a disabled account not at all.
 */
@Component(service = AdminCommand.class)
public final class PasswordCommand implements AdminCommand {

    @Reference
    StoreService stores;

    @Override
    public String name() {
        return "password";
    }

    @Override
    public String usage() {
        return Messages.Password_usage;
    }

    @Override
    public int run(List<String> options, PrintStream out, PrintStream err) throws IOException {
        if (!options.isEmpty()) {
            err.println(Messages.Password_usage);
            return WRONG_USE;
        }
        StoreLocation location = AdminCommand.existingDatabase(stores, err);
        if (location == null) {
            return WRONG_USE;
        }
        try (Store store = stores.open(location)) {
            String login = DataLocation.actor();
            char[] current = Login.fromEnvironment();
            UnitOfWork work = Login.beginToChangePassword(store, () -> current == null ? null : current.clone());
            if (People.withLogin(work, login) == null) {
                err.println(NLS.bind(Messages.Account_noPerson, login));
                return WRONG_USE;
            }
            char[] replacement = newPassword(Messages.Password_new, Messages.Password_repeat);
            if (replacement == null) {
                err.println(Messages.Password_notRepeated);
                return WRONG_USE;
            }
            try {
                store.accounts().changePassword(login, current == null ? new char[0] : current, replacement);
            } finally {
                Arrays.fill(replacement, '\0');
            }
            out.println(NLS.bind(Messages.Password_changed, login));
        }
        return 0;
    }

    /**
     * A new password, asked twice on a terminal (null when the two differ), else the first line of standard input.
     */
    static char[] newPassword(String prompt, String repeat) throws IOException {
        Console console = System.console();
        if (console == null) {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? new char[0] : line.toCharArray();
        }
        char[] first = console.readPassword("%s", prompt);
        char[] second = console.readPassword("%s", repeat);
        boolean same = Arrays.equals(first, second);
        Arrays.fill(second, '\0');
        return same ? first : null;
    }

    /** The people of a unit of work's departments. */
    static final class People {
        private People() {
        }

        static Person withLogin(UnitOfWork work, String login) {
            return work.loadDepartments().stream().flatMap(d -> d.getPersons().stream())
                    .filter(person -> login.equals(person.getLogin())).findFirst().orElse(null);
        }
    }
}
