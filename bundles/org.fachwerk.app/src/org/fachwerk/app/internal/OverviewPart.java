package org.fachwerk.app.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.Department;
import org.fachwerk.model.edit.ModelTexts;
import org.fachwerk.ui.ModelRefresh;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The start page: the department at a glance, where its data is, and which modules this installation has. */
public class OverviewPart {

    /** Widget data key under which tests find the values. */
    public static final String WIDGET_KEY = "fachwerk.overview";

    @Inject
    DepartmentSession session;

    private final List<Runnable> updates = new ArrayList<>();

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        Department department = session.department();
        row(parent, "department", Messages.Overview_department, department::getName);
        row(parent, "authority", Messages.Overview_authority, department::getAuthority);
        row(parent, "state", Messages.Overview_state, () -> ModelTexts.of(department.getFederalState()));
        row(parent, "people", Messages.Overview_people, () -> String.valueOf(department.getPersons().size()));
        row(parent, "projects", Messages.Overview_projects, () -> String.valueOf(department.getProjects().size()));
        // the bookings the views have loaded so far (weeks, months, a timeline): the department's are not all read
        row(parent, "timeEntries", Messages.Overview_timeEntries, () -> String.valueOf(department.getTimeEntries().size()));
        row(parent, "documents", Messages.Overview_documents, () -> String.valueOf(department.getDocuments().size()));
        row(parent, "data", Messages.Overview_data, () -> session.store().location().address());
        List<String> modules = installedModules();
        row(parent, "modules", Messages.Overview_modules,
                () -> modules.isEmpty() ? Messages.Overview_noModules : String.join("\n", modules));
        ModelRefresh.whenChanged(department, parent, () -> updates.forEach(Runnable::run));
    }

    private void row(Composite parent, String key, String label, Supplier<String> value) {
        Label name = new Label(parent, SWT.NONE);
        name.setText(label + ":");
        name.setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false));
        Label text = new Label(parent, SWT.WRAP);
        text.setData(WIDGET_KEY, key);
        text.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
        Runnable update = () -> text.setText(value.get() == null ? "" : value.get());
        update.run();
        updates.add(update);
    }

    /** The names of the module UI bundles that are running here; each module has exactly one. */
    static List<String> installedModules() {
        List<String> names = new ArrayList<>();
        Bundle[] bundles = FrameworkUtil.getBundle(OverviewPart.class).getBundleContext().getBundles();
        for (Bundle bundle : bundles) {
            String name = bundle.getSymbolicName();
            boolean running = (bundle.getState() & (Bundle.STARTING | Bundle.ACTIVE)) != 0;
            if (running && name.startsWith("org.fachwerk.") && name.endsWith(".ui") && !name.equals("org.fachwerk.ui")
                    && bundle.getHeaders().get("Model-Fragment") != null) {
                names.add(bundle.getHeaders().get("Bundle-Name"));
            }
        }
        names.sort(Comparator.naturalOrder());
        return names;
    }
}
