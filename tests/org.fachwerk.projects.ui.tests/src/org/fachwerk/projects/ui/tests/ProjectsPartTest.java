package org.fachwerk.projects.ui.tests;

import static org.fachwerk.testing.BookingBuilder.booking;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Membership;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.ProjectStatus;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;
import org.fachwerk.projects.core.ActualEffort;
import org.fachwerk.projects.ui.internal.project.ProjectPropertiesDialog;
import org.fachwerk.projects.ui.internal.structure.ProjectsPart;
import org.fachwerk.store.UnitOfWork;
import org.fachwerk.ui.Texts;
import org.fachwerk.ui.testing.RunningWorkbench;
import org.junit.jupiter.api.Test;

/** The project explorer, driven through its widgets in the running workbench. */
class ProjectsPartTest {

    private static Tree tree(RunningWorkbench workbench) {
        return RunningWorkbench.find(workbench.shell(), Tree.class, ProjectsPart.WIDGET_KEY, "tree");
    }

    /** The group rows: status and number of projects. */
    private static List<String> groupRows(Tree tree) {
        return Arrays.stream(tree.getItems()).map(item -> item.getText(0)).toList();
    }

    /** The project rows, group after group. */
    private static List<String> projectRows(Tree tree) {
        return Arrays.stream(tree.getItems()).flatMap(group -> Arrays.stream(group.getItems()))
                .map(item -> item.getText(0)).toList();
    }

    @Test
    void whatAColleagueSavesShowsWithinSeconds() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("colleague"), workbench -> {
            assertTrue(workbench.show("org.fachwerk.projects.part.explorer"));
            Tree tree = tree(workbench);
            DepartmentSession session = workbench.windowService(DepartmentSession.class);
            // the colleague's workbench on the same database: a unit of work of its own, by the project's owner
            String owner = session.department().getProjects().get(0).getOwner().getLogin();
            UnitOfWork colleague = session.store().begin(owner);
            Project project = colleague.loadDepartments().get(0).getProjects().get(0);
            project.setName("Sanierung Grundschule");
            WorkItem added = FachwerkFactory.eINSTANCE.createWorkItem();
            added.setTitle("Schadstoffgutachten");
            project.getWorkItems().get(0).getChildren().add(0, added);
            colleague.commit();

            assertTrue(workbench.waitFor(() -> projectRows(tree).get(0).equals("BAU-01  Sanierung Grundschule")),
                    "the explorer shows the colleague's name: " + projectRows(tree));
            assertTrue(workbench.waitFor(() -> {
                TreeItem firstPackage = tree.getItem(0).getItem(0).getItem(0);
                if (!firstPackage.getExpanded()) {
                    firstPackage.setExpanded(true);
                    tree.notifyListeners(SWT.Expand, expandEvent(firstPackage));
                }
                return "Schadstoffgutachten".equals(firstPackage.getItem(0).getText(0));
            }), "and the new task where it was put: " + session.department().getProjects().get(0).getWorkItems().get(0)
                    .getChildren().stream().map(WorkItem::getTitle).toList());
            assertFalse(session.hasChanges(), "taking in is no change of one's own");
        });
    }

    @Test
    void showsTheDepartmentsProjectsWithTheirStructure() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("explorer"), workbench -> {
            assertTrue(workbench.show("org.fachwerk.projects.part.explorer"));
            Tree tree = tree(workbench);
            assertEquals(List.of("Active (3)", "Planned (1)"), groupRows(tree));
            assertEquals(List.of("BAU-01  Sanierung Grundschule Lindenweg", "DIG-02  Einführung E-Akte",
                    "VER-03  Radverkehrskonzept 2030", "ORG-04  Neuordnung Bürgerservice"), projectRows(tree));
            TreeItem firstPackage = tree.getItem(0).getItem(0).getItem(0);
            assertEquals("Bestandsaufnahme", firstPackage.getText(0));
            firstPackage.setExpanded(true);
            tree.notifyListeners(SWT.Expand, expandEvent(firstPackage));
            workbench.flush();
            assertEquals("Ortsbegehung durchführen", firstPackage.getItem(0).getText(0));
            assertTrue(firstPackage.getItem(0).getText(4).matches("\\d+.*"), "planned effort in hours: " + firstPackage.getItem(0).getText(4));

            // planned, booked and remaining side by side; bookings roll up to the package and the project
            DepartmentSession session = workbench.windowService(DepartmentSession.class);
            ActualEffort actual = ActualEffort.of(session);
            Project project = session.department().getProjects().stream()
                    .filter(p -> p.getName().equals("Sanierung Grundschule Lindenweg")).findFirst().orElseThrow();
            assertTrue(actual.hours(project) > 0, "the demo department has bookings on its active projects");
            assertEquals("Booked", tree.getColumn(5).getText());
            assertEquals(Texts.hours(actual.hours(project)), tree.getItem(0).getItem(0).getText(5));
            assertTrue(tree.getColumn(5).getToolTipText().contains("a sum the database keeps"),
                    "the column says where its number comes from: " + tree.getColumn(5).getToolTipText());
            assertEquals(Texts.hours(actual.hours(project.getWorkItems().get(0))), firstPackage.getText(5));

            // a new booking shows once it is saved (the hours are the store's sums), rolled up
            TimeEntry booking = booking(session.department().getPersons().get(0), LocalDate.now().minusDays(1), "06:00",
                    "08:00").on(project.getWorkItems().get(0).getChildren().get(0)).build();
            session.commandStack().execute(AddCommand.create(session.editingDomain(), session.department(),
                    FachwerkPackage.Literals.DEPARTMENT__TIME_ENTRIES, booking));
            String withBooking = Texts.hours(actual.hours(project) + 2);
            assertTrue(workbench.waitFor(() -> withBooking.equals(tree.getItem(0).getItem(0).getText(5))),
                    "the project's hours after saving: " + tree.getItem(0).getItem(0).getText(5));
            assertEquals(Texts.hours(actual.hours(project.getWorkItems().get(0)) + 2), firstPackage.getText(5));
        });
    }

    private static org.eclipse.swt.widgets.Event expandEvent(TreeItem item) {
        org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
        event.item = item;
        return event;
    }

    @Test
    void theFilterKeepsMatchingProjectsAndTasks() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("filter"), workbench -> {
            workbench.showPart(ProjectsPart.PART_ID);
            Text filter = RunningWorkbench.find(workbench.shell(), Text.class, ProjectsPart.WIDGET_KEY, "filter");
            filter.setText("radverkehr");
            workbench.flush();
            assertEquals(List.of("VER-03  Radverkehrskonzept 2030"), projectRows(tree(workbench)));
            filter.setText("");
            workbench.flush();
            assertEquals(4, projectRows(tree(workbench)).size());
        });
    }

    @Test
    void aNewProjectAppearsSelectedAndUndoRemovesIt() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("new"), workbench -> {
            DepartmentSession session = workbench.windowService(DepartmentSession.class);
            workbench.whenDialogOpens(dialog -> {
                Text name = RunningWorkbench.findAll(dialog, Text.class).get(0);
                name.setText("   ");
                Button ok = RunningWorkbench.findAll(dialog, Button.class).stream()
                        .filter(b -> b.getText().replace("&", "").equals("OK")).findFirst().orElseThrow();
                assertTrue(!ok.isEnabled(), "a blank name cannot be confirmed");
                name.setText("Neubau Feuerwache");
                ok.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            });
            assertTrue(workbench.execute("org.fachwerk.projects.command.newProject"));
            Tree tree = tree(workbench);
            assertEquals(List.of("Active (3)", "Planned (1)", "Draft (1)"), groupRows(tree));
            assertEquals("P-5  Neubau Feuerwache", tree.getSelection()[0].getText(0));
            assertEquals("Neubau Feuerwache", session.department().getProjects().get(4).getName());

            assertTrue(workbench.execute("org.fachwerk.app.command.undo"));
            assertEquals(4, projectRows(tree(workbench)).size());
        });
    }

    /** Selects the project row with the key, as a click does. */
    private static void select(RunningWorkbench workbench, String key) {
        Tree tree = tree(workbench);
        for (TreeItem group : tree.getItems()) {
            for (TreeItem project : group.getItems()) {
                if (project.getText(0).startsWith(key + " ")) {
                    tree.setSelection(project);
                    tree.notifyListeners(SWT.Selection, selectionEvent(project));
                    workbench.flush();
                    return;
                }
            }
        }
        throw new AssertionError("no project " + key);
    }

    private static org.eclipse.swt.widgets.Event selectionEvent(TreeItem item) {
        org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
        event.item = item;
        return event;
    }

    private static Text field(Shell dialog, String id) {
        return RunningWorkbench.find(dialog, Text.class, ProjectPropertiesDialog.WIDGET_KEY, id);
    }

    private static Button button(Shell dialog, String label) {
        return RunningWorkbench.findAll(dialog, Button.class).stream()
                .filter(b -> b.getText().replace("&", "").equals(label)).findFirst().orElseThrow();
    }

    @Test
    void projectPropertiesAreCheckedAsTypedAndChangedUndoably() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("properties"), workbench -> {
            DepartmentSession session = workbench.windowService(DepartmentSession.class);
            Project project = session.department().getProjects().get(3); // ORG-04, planned
            workbench.showPart(ProjectsPart.PART_ID);
            select(workbench, "ORG-04");
            List<Membership> membersBefore = List.copyOf(project.getMemberships());
            List<Person> people = session.department().getPersons();
            Person newcomer = people.stream()
                    .filter(p -> project.getMemberships().stream().noneMatch(m -> m.getPerson() == p)).findFirst()
                    .orElseThrow();
            String[] problems = new String[3];
            workbench.whenDialogOpens(dialog -> {
                Button ok = button(dialog, "OK");
                field(dialog, "key").setText("BAU-01");
                problems[0] = ((TitleAreaDialog) dialog.getData()).getErrorMessage();
                assertFalse(ok.isEnabled(), "a key of another project cannot be taken");
                field(dialog, "key").setText("ORG-04");
                field(dialog, "end").setText("31.02.");
                problems[1] = ((TitleAreaDialog) dialog.getData()).getErrorMessage();
                field(dialog, "end").setText("2020-01-01");
                problems[2] = ((TitleAreaDialog) dialog.getData()).getErrorMessage();
                assertFalse(ok.isEnabled());
                field(dialog, "end").setText("2031-12-31");
                field(dialog, "name").setText("Bürgerservice neu ordnen");
                Combo status = RunningWorkbench.find(dialog, Combo.class, ProjectPropertiesDialog.WIDGET_KEY, "status");
                status.select(ProjectStatus.ACTIVE.getValue());
                Table members = RunningWorkbench.find(dialog, Table.class, ProjectPropertiesDialog.WIDGET_KEY, "members");
                members.getItem(people.indexOf(newcomer)).setChecked(true);
                assertTrue(ok.isEnabled());
                ok.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            });
            assertTrue(workbench.execute("org.fachwerk.projects.command.properties"));
            assertTrue(problems[0].contains("BAU-01"), problems[0]);
            assertTrue(problems[1].contains("\"31.02.\" is not a date"), problems[1]);
            assertTrue(problems[2].contains("lies before the start"), problems[2]);
            assertEquals("Bürgerservice neu ordnen", project.getName());
            assertEquals(ProjectStatus.ACTIVE, project.getStatus());
            assertEquals(LocalDate.of(2031, 12, 31), project.getEnd());
            assertTrue(project.getMemberships().stream().anyMatch(m -> m.getPerson() == newcomer), "a new member");
            assertEquals(List.of("Active (4)"), groupRows(tree(workbench)), "the project moved to the active ones");

            assertTrue(workbench.execute("org.fachwerk.app.command.undo"), "one undo takes back the whole dialog");
            assertEquals("Neuordnung Bürgerservice", project.getName());
            assertEquals(ProjectStatus.PLANNED, project.getStatus());
            assertEquals(membersBefore, project.getMemberships());
        });
    }

    @Test
    void aProjectMadeFromATemplateHasItsStructureAndStartsToday() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("template"), workbench -> {
            DepartmentSession session = workbench.windowService(DepartmentSession.class);
            Project template = session.department().getProjects().get(0);
            workbench.showPart(ProjectsPart.PART_ID);
            select(workbench, "BAU-01");
            workbench.whenDialogOpens(dialog -> {
                Text name = RunningWorkbench.findAll(dialog, Text.class).get(0);
                assertEquals("Sanierung Grundschule Lindenweg (copy)", name.getText());
                name.setText("Sanierung Realschule");
                button(dialog, "OK").notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            });
            assertTrue(workbench.execute("org.fachwerk.projects.command.newFromTemplate"));
            Project copy = session.department().getProjects().get(4);
            assertEquals("Sanierung Realschule", copy.getName());
            assertEquals(ProjectStatus.DRAFT, copy.getStatus());
            assertEquals(LocalDate.now(), copy.getStart());
            assertEquals(template.getWorkItems().size(), copy.getWorkItems().size());
            assertEquals(template.getWorkItems().get(0).getChildren().get(0).getTitle(),
                    copy.getWorkItems().get(0).getChildren().get(0).getTitle());
            assertEquals("P-5  Sanierung Realschule", tree(workbench).getSelection()[0].getText(0));
            assertTrue(workbench.waitFor(() -> session.store().begin("check").loadDepartments().get(0)
                    .getProjects().size() == 5), "the copy is saved with new ids");
        });
    }
}
