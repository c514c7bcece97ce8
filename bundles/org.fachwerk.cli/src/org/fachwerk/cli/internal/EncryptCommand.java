package org.fachwerk.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.fachwerk.core.AdminCommand;
import org.fachwerk.core.DataLocation;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.StoreService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code fachwerk encrypt}: encrypts the database file on this computer and the backups beside it with AES (see
 * docs/admin.md), while no workbench has it open. The password comes from {@code FACHWERK_FILE_PASSWORD}, else it is
 * asked twice on the terminal (or read as the first line of standard input). Who may: whoever may write the data
 * directory, which is the owner's only; the database's contents are not read.
 */
@Component(service = AdminCommand.class)
public final class EncryptCommand implements AdminCommand {

    @Reference
    StoreService stores;

    @Override
    public String name() {
        return "encrypt";
    }

    @Override
    public String usage() {
        return Messages.Encrypt_usage;
    }

    @Override
    public int run(List<String> options, PrintStream out, PrintStream err) throws IOException {
        if (!options.isEmpty()) {
            err.println(NLS.bind(Messages.Encrypt_noOptions, String.join(" ", options)));
            return WRONG_USE;
        }
        if (DataLocation.server() != null) {
            err.println(Messages.Encrypt_notOnServer);
            return WRONG_USE;
        }
        StoreLocation location = DataLocation.store(null);
        if (!stores.exists(location)) {
            err.println(NLS.bind(Messages.Encrypt_noDatabase, DataLocation.directory()));
            return WRONG_USE;
        }
        String password = DataLocation.filePassword();
        if (password == null) {
            char[] typed = PasswordCommand.newPassword(
                    NLS.bind(Messages.Encrypt_password, StoreLocation.SHORTEST_FILE_PASSWORD), Messages.Password_repeat);
            if (typed == null) {
                err.println(Messages.Password_notRepeated);
                return WRONG_USE;
            }
            password = new String(typed);
        }
        stores.encrypt(location, password);
        out.println(NLS.bind(Messages.Encrypt_done, DataLocation.directory(), DataLocation.FILE_PASSWORD_VARIABLE));
        return 0;
    }
}
