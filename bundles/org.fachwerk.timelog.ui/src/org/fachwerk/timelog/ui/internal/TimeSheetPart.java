package org.fachwerk.timelog.ui.internal;

import java.util.Comparator;
import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.Person;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.ui.Columns;
import org.fachwerk.ui.Images;
import org.fachwerk.ui.ModelRefresh;
import org.fachwerk.ui.Texts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The department's time entries, newest first, for everyone or one person, with the hours they add up to. */
public class TimeSheetPart {

    public static final String PART_ID = "org.fachwerk.timelog.part.timesheet";
    /** Widget data key under which tests find the controls. */
    public static final String WIDGET_KEY = "fachwerk.timelog";

    @Inject
    DepartmentSession session;

    private TableViewer viewer;
    private Combo person;
    private Label total;
    /** The persons in the order of the choice's entries after "everyone". */
    private List<Person> people = List.of();

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        new Label(parent, SWT.NONE).setText(Messages.Person_label);
        person = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        person.setData(WIDGET_KEY, "person");
        person.addListener(SWT.Selection, e -> update());

        viewer = Columns.table(parent);
        viewer.getTable().setData(WIDGET_KEY, "table");
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        Columns.add(viewer, Messages.Column_date, 110, TimeEntry.class, e -> Texts.date(e.getDate()), e -> Images.TIME.get());
        Columns.add(viewer, Messages.Column_person, 160, TimeEntry.class,
                e -> e.getPerson() == null ? "" : e.getPerson().getFullName());
        Columns.add(viewer, Messages.Column_start, 70, TimeEntry.class, e -> Texts.time(e.getStart()));
        Columns.add(viewer, Messages.Column_end, 70, TimeEntry.class, e -> Texts.time(e.getEnd()));
        Columns.add(viewer, Messages.Column_break, 70, TimeEntry.class, e -> NLS.bind(Messages.Minutes, e.getBreakMinutes()));
        Columns.add(viewer, Messages.Column_hours, 80, TimeEntry.class, e -> Texts.hours(e.getDurationMinutes() / 60.0));
        Columns.add(viewer, Messages.Column_task, 260, TimeEntry.class, e -> e.getTask() == null ? "" : e.getTask().getTitle());
        Columns.add(viewer, Messages.Column_location, 110, TimeEntry.class, e -> Texts.of(e.getLocation()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());

        total = new Label(parent, SWT.NONE);
        total.setData(WIDGET_KEY, "total");
        total.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        fillPeople();
        update();
        ModelRefresh.whenChanged(session.department(), viewer.getControl(), () -> {
            fillPeople();
            update();
        });
    }

    @Focus
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    /** Lists everyone, keeping the chosen person chosen (or everyone, when that person is gone). */
    private void fillPeople() {
        Person chosen = chosenPerson();
        people = List.copyOf(session.department().getPersons());
        person.removeAll();
        person.add(Messages.Person_all);
        people.forEach(p -> person.add(p.getFullName()));
        person.select(chosen == null ? 0 : people.indexOf(chosen) + 1);
    }

    private Person chosenPerson() {
        int index = person.getSelectionIndex();
        return index <= 0 ? null : people.get(index - 1);
    }

    private void update() {
        Person chosen = chosenPerson();
        List<TimeEntry> entries = session.department().getTimeEntries().stream()
                .filter(e -> chosen == null || e.getPerson() == chosen)
                .sorted(Comparator.comparing(TimeEntry::getDate, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(TimeEntry::getStart, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .reversed())
                .toList();
        viewer.setInput(entries);
        int minutes = entries.stream().mapToInt(TimeEntry::getDurationMinutes).sum();
        total.setText(NLS.bind(Messages.Total, entries.size(), Texts.hours(minutes / 60.0)));
    }
}
