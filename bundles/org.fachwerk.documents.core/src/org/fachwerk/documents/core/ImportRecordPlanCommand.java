package org.fachwerk.documents.core;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.core.AdminCommand;
import org.fachwerk.core.Login;
import org.fachwerk.core.RefusedException;
import org.fachwerk.model.Department;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.StoreService;
import org.fachwerk.store.UnitOfWork;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code fachwerk import-record-plan FILE}: adds a record plan from CSV to the department, as the documents view's
 * dialog does and with the same checks ({@link RecordPlan#importCsv}); a wrong line is reported with exit code 1 and
 * nothing is added. Works on the database the start script names (--data, or --server with --user).
 */
@Component(service = AdminCommand.class)
public final class ImportRecordPlanCommand implements AdminCommand {

    /** Exit code when the file is refused. */
    static final int REFUSED = 1;

    @Reference
    StoreService stores;

    @Override
    public String name() {
        return "import-record-plan";
    }

    @Override
    public String usage() {
        return Messages.ImportPlan_usage;
    }

    @Override
    public int run(List<String> options, PrintStream out, PrintStream err) throws Exception {
        if (options.size() != 1 || options.get(0).startsWith("-")) {
            err.println(Messages.ImportPlan_usage);
            return WRONG_USE;
        }
        Path file = Path.of(options.get(0));
        if (!Files.isReadable(file)) {
            err.println(NLS.bind(Messages.ImportPlan_noFile, file));
            return WRONG_USE;
        }
        StoreLocation location = AdminCommand.existingDatabase(stores, err);
        if (location == null) {
            return WRONG_USE;
        }
        try (Store store = stores.open(location)) {
            UnitOfWork work = Login.begin(store, Login::fromEnvironment);
            List<Department> departments = work.loadDepartments();
            if (departments.size() != 1) {
                err.println(NLS.bind(Messages.ImportPlan_departments, departments.size()));
                return WRONG_USE;
            }
            Department department = departments.get(0);
            AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
                    new BasicCommandStack());
            Command command;
            try (InputStream in = Files.newInputStream(file)) {
                command = RecordPlan.importCsv(domain, department, in);
            } catch (RefusedException e) {
                err.println(NLS.bind(Messages.Plan_failed, file.getFileName(), e.getMessage()));
                return REFUSED;
            }
            int before = count(department);
            domain.getCommandStack().execute(command);
            work.commit();
            out.println(NLS.bind(Messages.Plan_imported, department.getName(), count(department) - before));
        }
        return 0;
    }

    private static int count(Department department) {
        return count(department.getRecordPlan());
    }

    private static int count(List<org.fachwerk.model.RecordPlanNode> nodes) {
        return nodes.stream().mapToInt(node -> 1 + count(node.getChildren())).sum();
    }
}
