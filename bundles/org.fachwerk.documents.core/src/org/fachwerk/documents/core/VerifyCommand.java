package org.fachwerk.documents.core;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.core.AdminCommand;
import org.fachwerk.core.Login;
import org.fachwerk.model.Department;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.StoreService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code fachwerk verify}: reads every version of every document to its end and checks its SHA-256; lists the
 * missing and corrupted ones and exits with 1 when there are any. It opens the database only to read it, so it
 * never changes what it checks (files of deleted documents are removed by {@code fachwerk compact}); a database it
 * cannot read is reported with exit code 3. Works on the database the start script names (--data, or --server with
 * --user).
 */
@Component(service = AdminCommand.class)
public final class VerifyCommand implements AdminCommand {

    /** Exit code when documents are missing or corrupted. */
    static final int PROBLEMS = 1;

    @Reference
    StoreService stores;

    @Override
    public String name() {
        return "verify";
    }

    @Override
    public String usage() {
        return Messages.Verify_usage;
    }

    @Override
    public int run(List<String> options, PrintStream out, PrintStream err) {
        if (!options.isEmpty()) {
            err.println(NLS.bind(Messages.Verify_noOptions, String.join(" ", options)));
            return WRONG_USE;
        }
        StoreLocation location = AdminCommand.existingDatabase(stores, err);
        if (location == null) {
            return WRONG_USE;
        }
        int versions = 0;
        int problems = 0;
        try (Store store = stores.open(location.readOnly())) {
            Documents documents = new Documents(store.contents(), new AdapterFactoryEditingDomain(
                    new ComposedAdapterFactory(), new BasicCommandStack()), Documents.configuredLimit());
            for (Department department : Login.begin(store, Login::fromEnvironment).loadDepartments()) {
                versions += department.getDocuments().stream().mapToInt(d -> d.getVersions().size()).sum();
                for (Documents.Problem problem : documents.verify(department, new NullProgressMonitor())) {
                    out.println(department.getName() + ": " + problem.message());
                    problems++;
                }
            }
            out.println(NLS.bind(problems == 0 ? Messages.Verify_fine : Messages.Verify_problems, versions,
                    problems));
        }
        return problems == 0 ? 0 : PROBLEMS;
    }
}
