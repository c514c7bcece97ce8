package org.fachwerk.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.ui.bindings.EBindingService;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MStackElement;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.fachwerk.app.internal.OverviewPart;
import org.fachwerk.app.internal.handlers.AboutHandler;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Project;
import org.fachwerk.store.UnitOfWork;
import org.fachwerk.ui.Preferences;
import org.fachwerk.ui.StatusLine;
import org.fachwerk.ui.testing.RunningWorkbench;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/** The workbench as a user meets it: window, menus, standard commands, overview and status line. */
class WorkbenchTest {

    @Test
    void opensOnANewDatabaseWithTheDemoDepartmentAndTheStandardMenus() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("menus"), workbench -> {
            DepartmentSession session = workbench.windowService(DepartmentSession.class);
            assertEquals("Fachbereich Planen und Bauen", session.department().getName());
            assertTrue(workbench.shell().getText().endsWith(session.department().getName()), workbench.shell().getText());

            List<String> menus = workbench.window().getMainMenu().getChildren().stream()
                    .map(MMenuElement::getElementId).toList();
            assertEquals(List.of("org.fachwerk.app.menu.file", "org.fachwerk.app.menu.edit",
                    "org.fachwerk.documents.menu", "org.fachwerk.projects.menu", "org.fachwerk.timelog.menu",
                    "org.fachwerk.app.menu.window", "org.fachwerk.app.menu.help"), menus,
                    "module menus stand between Edit and Window, ordered");

            Label projects = RunningWorkbench.find(workbench.shell(), Label.class, OverviewPart.WIDGET_KEY, "projects");
            assertEquals("4", projects.getText());
            Label location = RunningWorkbench.find(workbench.shell(), Label.class, StatusLine.WIDGET_KEY, "location");
            assertEquals(session.store().location().address(), location.getText());
            assertTrue(location.isVisible() && location.getSize().y > 0, "the status line is shown");
        });
    }

    @Test
    void standardAndModuleCommandsHaveTheirKeysAndTabsTheirOrder() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("keys"), workbench -> {
            EBindingService bindings = workbench.windowService(EBindingService.class);
            ECommandService commands = workbench.windowService(ECommandService.class);
            // command, keys, and the part shown for the show-part command
            String[][] expected = { { "org.fachwerk.app.command.quit", "M1+Q", null },
                    { "org.fachwerk.app.command.undo", "M1+Z", null },
                    { RunningWorkbench.SHOW_PART, "M1+0", "org.fachwerk.app.part.overview" },
                    { RunningWorkbench.SHOW_PART, "M1+9", "org.fachwerk.app.part.people" },
                    { RunningWorkbench.SHOW_PART, "M1+1", "org.fachwerk.projects.part.explorer" },
                    { "org.fachwerk.projects.command.newProject", "M1+N", null },
                    { RunningWorkbench.SHOW_PART, "M1+2", "org.fachwerk.timelog.part.timesheet" },
                    { "org.fachwerk.timelog.command.startTimer", "M1+M2+T", null },
                    { "org.fachwerk.timelog.command.stopTimer", "M1+M2+E", null },
                    { RunningWorkbench.SHOW_PART, "M1+3", "org.fachwerk.documents.part.browser" } };
            for (String[] binding : expected) {
                Map<String, String> parameters = binding[2] == null ? null
                        : Map.of(RunningWorkbench.SHOW_PART_PARAMETER, binding[2]);
                TriggerSequence keys = bindings.getBestSequenceFor(commands.createCommand(binding[0], parameters));
                assertEquals(KeySequence.getInstance(binding[1]), keys, binding[0] + " " + binding[2]);
            }
            MPartStack stack = (MPartStack) workbench.service(EModelService.class)
                    .find("org.fachwerk.app.partstack.main", workbench.application());
            assertEquals(List.of("org.fachwerk.app.part.overview", "org.fachwerk.app.part.people",
                    "org.fachwerk.documents.part.browser",
                    "org.fachwerk.projects.part.deadlines", "org.fachwerk.projects.part.details",
                    "org.fachwerk.projects.part.explorer",
                    "org.fachwerk.projects.part.gantt",
                    "org.fachwerk.projects.part.kanban", "org.fachwerk.projects.part.workload",
                    "org.fachwerk.timelog.part.reports", "org.fachwerk.timelog.part.timesheet"),
                    stack.getChildren().stream().map(MStackElement::getElementId).toList());
        });
    }

    @Test
    void jfaceDialogButtonsHaveGermanTexts() {
        ResourceBundle german = ResourceBundle.getBundle("org.eclipse.jface.messages", Locale.GERMAN,
                JFaceResources.class.getClassLoader());
        assertEquals("Abbrechen", german.getString("cancel"));
        assertEquals("&Nein", german.getString("no"));
        assertEquals("&Schlie\u00dfen", german.getString("close"));
    }

    @Test
    void undoAndRedoWorkOnEveryEditAndChangesAreSaved() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("undo"), workbench -> {
            DepartmentSession session = workbench.windowService(DepartmentSession.class);
            assertFalse(workbench.execute("org.fachwerk.app.command.undo"), "nothing to undo at the start");

            workbench.whenDialogOpens(dialog -> {
                RunningWorkbench.findAll(dialog, org.eclipse.swt.widgets.Text.class).get(0).setText("Neubau Feuerwache");
                pressButton(dialog, "OK");
            });
            assertTrue(workbench.execute("org.fachwerk.projects.command.newProject"));
            assertEquals(5, session.department().getProjects().size());
            assertTrue(workbench.waitFor(() -> storedProjects(session) == 5), "the new project is saved");

            assertTrue(workbench.execute("org.fachwerk.app.command.undo"));
            assertEquals(4, session.department().getProjects().size());
            assertTrue(workbench.waitFor(() -> storedProjects(session) == 4), "the undo is saved");
            assertTrue(workbench.execute("org.fachwerk.app.command.redo"));
            assertEquals("Neubau Feuerwache", session.department().getProjects().get(4).getName());
        });
    }

    private static int storedProjects(DepartmentSession session) {
        return session.store().begin("check").loadDepartments().get(0).getProjects().size();
    }

    @Test
    void aProjectSomeoneElseRenamedMeanwhileShowsTheirNameAndTheOtherChangesAreSaved() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("conflict"), workbench -> {
            DepartmentSession session = workbench.windowService(DepartmentSession.class);
            Project mine = session.department().getProjects().get(0);
            Project alsoMine = session.department().getProjects().get(1);
            // a colleague renames the first project at another workbench on the same database
            UnitOfWork colleague = session.store().begin("bschulz");
            colleague.load(Project.class, mine.getId()).setName("Umbenannt von Bernd");
            colleague.commit();

            String[] shown = new String[1];
            workbench.whenDialogOpens(dialog -> {
                shown[0] = String.join(" ", RunningWorkbench.findAll(dialog, Label.class).stream()
                        .map(Label::getText).toList());
                dialog.close();
            });
            CompoundCommand edits = new CompoundCommand();
            edits.append(SetCommand.create(session.editingDomain(), mine, FachwerkPackage.Literals.PROJECT__NAME,
                    "Mein Name"));
            edits.append(SetCommand.create(session.editingDomain(), alsoMine, FachwerkPackage.Literals.PROJECT__GOALS,
                    "Meine Ziele"));
            session.commandStack().execute(edits);

            assertTrue(workbench.waitFor(() -> shown[0] != null), "the conflict is shown");
            assertTrue(shown[0].contains("Project " + mine.getKey()), shown[0]);
            assertEquals("Umbenannt von Bernd", mine.getName(), "the colleague's name is shown");
            assertFalse(session.commandStack().canUndo(), "undo would put back the old name");
            assertTrue(workbench.waitFor(() -> "Meine Ziele".equals(session.store().begin("check")
                    .load(Project.class, alsoMine.getId()).getGoals())), "the other change is saved");
            assertEquals("Umbenannt von Bernd",
                    session.store().begin("check").load(Project.class, mine.getId()).getName());
        });
    }

    @Test
    void aFailedSaveIsReportedAndTheChangeStaysInTheWindow() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("savefails"), workbench -> {
            DepartmentSession session = workbench.windowService(DepartmentSession.class);
            session.store().close(); // as if the database went away
            String[] reported = new String[1];
            workbench.whenDialogOpens(dialog -> {
                RunningWorkbench.findAll(dialog, org.eclipse.swt.widgets.Text.class).get(0).setText("Neue Kita");
                pressButton(dialog, "OK");
                workbench.whenDialogOpens(error -> {
                    reported[0] = error.getText();
                    error.close();
                });
            });
            assertTrue(workbench.execute("org.fachwerk.projects.command.newProject"));
            assertTrue(workbench.waitFor(() -> reported[0] != null), "the failed save is reported");
            assertTrue(reported[0].contains("nicht gespeichert") || reported[0].contains("not saved"), reported[0]);
            assertEquals("Neue Kita", session.department().getProjects().get(4).getName(), "the change is kept");
        });
    }

    @Test
    void backgroundJobsShowTheirProgressInTheStatusLine() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("progress"), workbench -> {
            Label job = RunningWorkbench.find(workbench.shell(), Label.class, StatusLine.WIDGET_KEY, "job");
            ProgressBar bar = RunningWorkbench.find(workbench.shell(), ProgressBar.class, StatusLine.WIDGET_KEY, "progress");
            assertTrue(workbench.waitFor(() -> !bar.isVisible()), "no job (once those of the start are done), no progress bar");
            CountDownLatch halfway = new CountDownLatch(1);
            CountDownLatch finish = new CountDownLatch(1);
            Job export = Job.create("Export", monitor -> {
                monitor.beginTask("Export", 4);
                monitor.worked(2);
                halfway.countDown();
                try {
                    finish.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                monitor.done();
            });
            export.schedule();
            assertTrue(halfway.await(10, TimeUnit.SECONDS));
            assertTrue(workbench.waitFor(() -> bar.isVisible() && bar.getSelection() == 2), "half the work is shown");
            assertEquals("Export", job.getText());
            assertEquals(4, bar.getMaximum());
            finish.countDown();
            export.join();
            assertTrue(workbench.waitFor(() -> !bar.isVisible() && job.getText().isEmpty()), "the finished job is gone");
        });
    }

    @Test
    void aboutNamesTheVersionAndTheDatabase() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("about"), workbench -> {
            DepartmentSession session = workbench.windowService(DepartmentSession.class);
            String version = FrameworkUtil.getBundle(AboutHandler.class).getVersion().toString();
            String[] shown = new String[1];
            workbench.whenDialogOpens(dialog -> {
                shown[0] = RunningWorkbench.findAll(dialog, Label.class).stream().map(Label::getText)
                        .reduce("", String::concat);
                dialog.close();
            });
            assertTrue(workbench.execute("org.fachwerk.app.command.about"));
            assertNotNull(shown[0], "the about dialog opened");
            assertTrue(shown[0].contains(version), shown[0]);
            assertTrue(shown[0].contains(session.store().location().address()), shown[0]);
        });
    }

    @Test
    void preferencesAreShownAndKept() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("preferences"), workbench -> {
            boolean before = Preferences.store().getBoolean(Preferences.CONFIRM_EXIT);
            workbench.whenDialogOpens(dialog -> {
                assertEquals(3, RunningWorkbench.findAll(dialog, Combo.class).get(0).getItemCount(),
                        "system language, German, English");
                Button confirm = RunningWorkbench.findAll(dialog, Button.class).stream()
                        .filter(b -> (b.getStyle() & SWT.CHECK) != 0).findFirst().orElseThrow();
                confirm.setSelection(!before);
                confirm.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                pressButton(dialog, "Apply and Close", "Anwenden und Schließen", "OK");
            });
            assertTrue(workbench.execute("org.fachwerk.app.command.preferences"));
            assertEquals(!before, Preferences.store().getBoolean(Preferences.CONFIRM_EXIT));
            Preferences.store().setValue(Preferences.CONFIRM_EXIT, before);
            Preferences.save();
        });
    }

    @Test
    void quitAndClosingTheWindowAskFirstAndStayWhenTheUserSaysNo() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("quit"), workbench -> {
            Preferences.store().setValue(Preferences.CONFIRM_EXIT, true);
            boolean[] asked = new boolean[1];
            workbench.whenDialogOpens(dialog -> {
                asked[0] = true;
                pressButton(dialog, "No", "Nein");
            });
            assertTrue(workbench.execute("org.fachwerk.app.command.quit"));
            assertTrue(asked[0]);
            assertFalse(workbench.shell().isDisposed(), "the workbench is still open");

            asked[0] = false;
            workbench.whenDialogOpens(dialog -> {
                asked[0] = true;
                pressButton(dialog, "No", "Nein");
            });
            workbench.shell().close(); // the window's close button
            workbench.flush();
            assertTrue(asked[0], "closing the window asks too");
            assertFalse(workbench.shell().isDisposed(), "the workbench is still open");
        });
    }

    static void pressButton(Shell dialog, String... labels) {
        for (Button button : RunningWorkbench.findAll(dialog, Button.class)) {
            String text = button.getText().replace("&", "");
            for (String label : labels) {
                if (text.equals(label)) {
                    button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                    return;
                }
            }
        }
        throw new AssertionError("No button " + String.join("/", labels) + " in " + dialog.getText());
    }

}
