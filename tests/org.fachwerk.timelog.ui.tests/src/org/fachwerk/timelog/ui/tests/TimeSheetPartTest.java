package org.fachwerk.timelog.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.fachwerk.core.DepartmentSession;
import org.eclipse.emf.edit.command.AddCommand;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Person;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.timelog.ui.internal.TimeSheetPart;
import org.fachwerk.ui.Texts;
import org.fachwerk.ui.testing.RunningWorkbench;
import org.junit.jupiter.api.Test;

/** The time entries view, driven through its widgets in the running workbench. */
class TimeSheetPartTest {

    @Test
    void listsEveryonesEntriesNewestFirstAndFiltersByPerson() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("timesheet"), workbench -> {
            DepartmentSession session = workbench.windowService(DepartmentSession.class);
            assertTrue(workbench.execute("org.fachwerk.timelog.command.open"));
            Table table = RunningWorkbench.find(workbench.shell(), Table.class, TimeSheetPart.WIDGET_KEY, "table");
            int all = session.department().getTimeEntries().size();
            assertTrue(all > 0);
            assertEquals(all, table.getItemCount());
            TimeEntry newest = session.department().getTimeEntries().stream()
                    .max(java.util.Comparator.comparing(TimeEntry::getDate)).orElseThrow();
            assertEquals(Texts.date(newest.getDate()), table.getItem(0).getText(0));

            Person anna = session.department().getPersons().get(0);
            Combo person = RunningWorkbench.find(workbench.shell(), Combo.class, TimeSheetPart.WIDGET_KEY, "person");
            person.select(1);
            person.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            workbench.flush();
            long annas = session.department().getTimeEntries().stream().filter(e -> e.getPerson() == anna).count();
            assertEquals(annas, table.getItemCount());
            for (int row = 0; row < table.getItemCount(); row++) {
                assertEquals(anna.getFullName(), table.getItem(row).getText(1));
            }
            int minutes = session.department().getTimeEntries().stream().filter(e -> e.getPerson() == anna)
                    .mapToInt(TimeEntry::getDurationMinutes).sum();
            Label total = RunningWorkbench.find(workbench.shell(), Label.class, TimeSheetPart.WIDGET_KEY, "total");
            assertTrue(total.getText().contains(Texts.hours(minutes / 60.0)), total.getText());

            // a new colleague at the top of the list does not change whose entries are shown
            Person newcomer = FachwerkFactory.eINSTANCE.createPerson();
            newcomer.setLogin("neu");
            newcomer.setLastName("Neu");
            session.commandStack().execute(AddCommand.create(session.editingDomain(), session.department(),
                    FachwerkPackage.Literals.DEPARTMENT__PERSONS, newcomer, 0));
            workbench.flush();
            assertEquals(anna.getFullName(), person.getText());
            assertEquals(annas, table.getItemCount());
        });
    }
}
