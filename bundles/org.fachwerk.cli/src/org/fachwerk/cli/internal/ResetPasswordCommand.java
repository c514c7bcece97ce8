package org.fachwerk.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.fachwerk.core.AdminCommand;
import org.fachwerk.core.DataLocation;
import org.fachwerk.core.Login;
import org.fachwerk.core.PeopleAdministration;
import org.fachwerk.core.Rights;
import org.fachwerk.model.Department;
import org.fachwerk.model.Person;
import org.fachwerk.model.Role;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.StoreService;
import org.fachwerk.store.UnitOfWork;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code fachwerk --user ADMIN reset-password LOGIN}: gives a person a one-time password, which they must change at
 * their next login, and unlocks their account; recorded as an audit event first, as the workbench's People view
 * does it ({@link PeopleAdministration#resetPassword}). Who may: administrators, for the people of their own
 * department, logged in with their own password once any account has one.
 */
@Component(service = AdminCommand.class)
public final class ResetPasswordCommand implements AdminCommand {

    /** Exit code when the person calling is no administrator. */
    static final int REFUSED = 1;

    @Reference
    StoreService stores;

    @Override
    public String name() {
        return "reset-password";
    }

    @Override
    public String usage() {
        return Messages.Reset_usage;
    }

    @Override
    public int run(List<String> options, PrintStream out, PrintStream err) {
        if (options.size() != 1 || options.get(0).startsWith("-")) {
            err.println(Messages.Reset_usage);
            return WRONG_USE;
        }
        StoreLocation location = AdminCommand.existingDatabase(stores, err);
        if (location == null) {
            return WRONG_USE;
        }
        try (Store store = stores.open(location)) {
            UnitOfWork work = Login.begin(store, Login::fromEnvironment);
            Person administrator = PasswordCommand.People.withLogin(work, DataLocation.actor());
            if (administrator == null || administrator.getRole() != Role.ADMIN) {
                err.println(NLS.bind(Messages.Reset_notAdministrator, DataLocation.actor()));
                return REFUSED;
            }
            Person person = PasswordCommand.People.withLogin(work, options.get(0));
            if (person == null || person.getDepartment() != administrator.getDepartment()) {
                // an administrator of one department resets nobody of another
                err.println(NLS.bind(Messages.Account_noPerson, options.get(0)));
                return WRONG_USE;
            }
            Department department = administrator.getDepartment();
            char[] oneTime = PeopleAdministration.resetPassword(store.accounts(),
                    Rights.of(department, administrator.getLogin()), person, event -> {
                        department.getAuditEvents().add(event);
                        work.commit();
                    });
            out.println(NLS.bind(Messages.Reset_done, person.getLogin(), new String(oneTime)));
        }
        return 0;
    }
}
