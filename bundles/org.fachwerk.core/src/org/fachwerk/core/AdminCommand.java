package org.fachwerk.core;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.fachwerk.core.internal.Messages;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.StoreService;

/**
 * A command for administrators that the start script runs without a window, as {@code fachwerk NAME [options]}.
 * Modules offer theirs as OSGi services; the administration application finds those of the installed modules.
 */
public interface AdminCommand {

    /** Exit code of a command called wrongly. */
    int WRONG_USE = 2;

    /** The name it is called by, e.g. {@code verify}. */
    String name();

    /** One line for the list of commands: options and what it does. */
    String usage();

    /**
     * Runs the command.
     *
     * @return the exit code: 0 when all is well, {@link #WRONG_USE} when called wrongly (after saying why on err),
     *         another number when it found something wrong
     */
    int run(List<String> options, PrintStream out, PrintStream err) throws Exception;

    /**
     * The database the start script names (--data, or --server with the password from the environment), when there
     * is one, with the password of an encrypted file (from the environment, else typed on the terminal); else null,
     * after saying so on err, for the command to exit with {@link #WRONG_USE}.
     */
    static StoreLocation existingDatabase(StoreService stores, PrintStream err) {
        StoreLocation location = DataLocation.store(DataLocation.password());
        if (!stores.exists(location)) {
            err.println(NLS.bind(Messages.Command_noDatabase, DataLocation.directory()));
            return null;
        }
        if (!stores.isEncrypted(location)) {
            return location;
        }
        String password = DataLocation.filePassword();
        if (password == null && System.console() != null) {
            char[] typed = System.console().readPassword("%s", Messages.Command_filePassword);
            password = typed == null || typed.length == 0 ? null : new String(typed);
        }
        if (password == null) {
            err.println(NLS.bind(Messages.Command_filePasswordNeeded, DataLocation.FILE_PASSWORD_VARIABLE));
            return null;
        }
        return location.encryptedWith(password);
    }
}
