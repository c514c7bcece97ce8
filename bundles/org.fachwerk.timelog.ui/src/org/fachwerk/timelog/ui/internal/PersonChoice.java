package org.fachwerk.timelog.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.Person;

/**
 * A choice of one of the department's people, at first the person working at this workbench. Filled again when the
 * department changes, it keeps the chosen person chosen.
 */
public final class PersonChoice {

    private final DepartmentSession session;
    private final Combo combo;
    private List<Person> people = List.of();

    public PersonChoice(Composite parent, DepartmentSession session, String widgetKey, String key) {
        this.session = session;
        new Label(parent, SWT.NONE).setText(Messages.Person_label);
        combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setData(widgetKey, key);
        fill();
    }

    public Combo combo() {
        return combo;
    }

    /** Lists the department's people again, keeping the choice (at first: the person at this workbench). */
    public void fill() {
        Person chosen = chosen();
        if (chosen == null) {
            chosen = session.actorPerson();
        }
        people = List.copyOf(session.department().getPersons());
        combo.removeAll();
        people.forEach(p -> combo.add(p.getFullName()));
        combo.select(chosen == null ? 0 : Math.max(0, people.indexOf(chosen)));
    }

    /** The chosen person, or null when the department has nobody. */
    public Person chosen() {
        int index = combo.getSelectionIndex();
        return index < 0 || index >= people.size() ? null : people.get(index);
    }

    /** Chooses the person; false when the person is not in the department. */
    public boolean choose(Person person) {
        int index = person == null ? -1 : people.indexOf(person);
        if (index >= 0) {
            combo.select(index);
        }
        return index >= 0;
    }
}
