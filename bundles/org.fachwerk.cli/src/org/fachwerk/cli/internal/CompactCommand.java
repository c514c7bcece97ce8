package org.fachwerk.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.fachwerk.core.AdminCommand;
import org.fachwerk.core.DataLocation;
import org.fachwerk.core.Login;
import org.fachwerk.core.StoreCleanup;
import org.fachwerk.model.Department;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.StoreService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code fachwerk compact}: lets each module remove what its data no longer needs ({@link StoreCleanup}, e.g. files
 * of deleted documents), then rewrites the database file with only its live data. For the database file on this
 * computer, while no workbench has it open; it prints the file's size before and after.
 */
@Component(service = AdminCommand.class)
public final class CompactCommand implements AdminCommand {

    @Reference
    StoreService stores;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policyOption = ReferencePolicyOption.GREEDY)
    List<StoreCleanup> cleanups;

    @Override
    public String name() {
        return "compact";
    }

    @Override
    public String usage() {
        return Messages.Compact_usage;
    }

    @Override
    public int run(List<String> options, PrintStream out, PrintStream err) {
        if (!options.isEmpty()) {
            err.println(NLS.bind(Messages.Compact_noOptions, String.join(" ", options)));
            return WRONG_USE;
        }
        if (DataLocation.server() != null) {
            err.println(Messages.Compact_notOnServer);
            return WRONG_USE;
        }
        StoreLocation location = AdminCommand.existingDatabase(stores, err); // embedded: no server is named
        if (location == null) {
            return WRONG_USE;
        }
        try (Store store = stores.open(location)) {
            List<Department> departments = Login.begin(store, Login::fromEnvironment).loadDepartments();
            for (StoreCleanup cleanup : cleanups) {
                out.println(cleanup.clean(store, departments));
            }
        }
        StoreService.Compaction compaction = stores.compact(location);
        out.println(NLS.bind(Messages.Compact_done, megabytes(compaction.bytesBefore()),
                megabytes(compaction.bytesAfter())));
        return 0;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
