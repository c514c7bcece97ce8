package org.fachwerk.app.internal;

import java.util.Comparator;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.fachwerk.model.Access;
import org.fachwerk.model.Membership;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.edit.ModelTexts;
import org.fachwerk.ui.CheckedDialog;

/**
 * A person's membership in a project: a new one (the project and its access) or the access of one they hold. Admins
 * manage the members of every project, so every project the person is not yet a member of is offered.
 */
public final class MembershipDialog extends CheckedDialog {

    /** Widget data key under which tests find the controls. */
    public static final String WIDGET_KEY = "fachwerk.membership";

    private final Person person;
    /** The membership whose access changes; null for a new one. */
    private final Membership membership;
    private final List<Project> projects;
    private Combo projectChoice;
    private Combo accessChoice;
    private Project project;
    private Access access;

    private MembershipDialog(Shell shell, Person person, Membership membership, List<Project> projects) {
        super(shell, WIDGET_KEY);
        this.person = person;
        this.membership = membership;
        this.projects = projects;
    }

    /** A dialog for a new membership of the person. */
    static MembershipDialog adding(Shell shell, Person person) {
        return new MembershipDialog(shell, person, null, projectsWithout(person));
    }

    /** A dialog for the access of the membership. */
    static MembershipDialog changing(Shell shell, Membership membership) {
        return new MembershipDialog(shell, membership.getPerson(), membership,
                List.of((Project) membership.eContainer()));
    }

    /** The department's projects the person is no member of, by key. */
    static List<Project> projectsWithout(Person person) {
        if (person == null || person.getDepartment() == null) {
            return List.of();
        }
        return person.getDepartment().getProjects().stream()
                .filter(p -> p.getMemberships().stream().noneMatch(m -> m.getPerson() == person))
                .sorted(Comparator.comparing(p -> String.valueOf(p.getKey()))).toList();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(membership == null ? Messages.Membership_addTitle : Messages.Membership_changeTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(person.getFullName() + " (" + person.getLogin() + ")");
        setMessage(Messages.Membership_message);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        new Label(form, SWT.NONE).setText(Messages.Membership_project);
        projectChoice = combo(form, "project");
        projects.forEach(p -> projectChoice.add(p.getKey() + " " + p.getName()));
        projectChoice.setEnabled(membership == null);
        if (!projects.isEmpty()) {
            projectChoice.select(0);
        }

        new Label(form, SWT.NONE).setText(Messages.Membership_access);
        accessChoice = combo(form, "access");
        Access.VALUES.forEach(a -> accessChoice.add(ModelTexts.of(a)));
        accessChoice.select((membership == null ? Access.EDIT : membership.getAccess()).getValue());
        return area;
    }

    @Override
    protected String problem() {
        return projects.isEmpty() ? NLS.bind(Messages.Membership_noProject, person.getFullName()) : null;
    }

    @Override
    protected void okPressed() {
        project = projects.get(projectChoice.getSelectionIndex());
        access = Access.get(accessChoice.getSelectionIndex());
        super.okPressed();
    }

    /** The project chosen, after OK. */
    Project project() {
        return project;
    }

    /** The access chosen, after OK. */
    Access access() {
        return access;
    }
}
