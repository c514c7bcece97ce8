package org.fachwerk.projects.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.projects.ui.internal.ProjectsPart;
import org.fachwerk.ui.testing.RunningWorkbench;
import org.junit.jupiter.api.Test;

/** The project explorer, driven through its widgets in the running workbench. */
class ProjectsPartTest {

    private static Tree tree(RunningWorkbench workbench) {
        return RunningWorkbench.find(workbench.shell(), Tree.class, ProjectsPart.WIDGET_KEY, "tree");
    }

    private static List<String> projectRows(Tree tree) {
        return Arrays.stream(tree.getItems()).map(item -> item.getText(0)).toList();
    }

    @Test
    void showsTheDepartmentsProjectsWithTheirStructure() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("explorer"), workbench -> {
            assertTrue(workbench.execute("org.fachwerk.projects.command.open"));
            Tree tree = tree(workbench);
            assertEquals(List.of("BAU-01  Sanierung Grundschule Lindenweg", "DIG-02  Einführung E-Akte",
                    "VER-03  Radverkehrskonzept 2030", "ORG-04  Neuordnung Bürgerservice"), projectRows(tree));
            TreeItem firstPackage = tree.getItem(0).getItem(0);
            assertEquals("Bestandsaufnahme", firstPackage.getText(0));
            firstPackage.setExpanded(true);
            tree.notifyListeners(SWT.Expand, expandEvent(firstPackage));
            workbench.flush();
            assertEquals("Ortsbegehung durchführen", firstPackage.getItem(0).getText(0));
            assertTrue(firstPackage.getItem(0).getText(4).matches("\\d+.*"), "planned effort in hours: " + firstPackage.getItem(0).getText(4));
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
            assertEquals(4, tree(workbench).getItemCount());
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
            assertEquals(5, tree.getItemCount());
            assertEquals("P-5  Neubau Feuerwache", tree.getSelection()[0].getText(0));
            assertEquals("Neubau Feuerwache", session.department().getProjects().get(4).getName());

            assertTrue(workbench.execute("org.fachwerk.app.command.undo"));
            assertEquals(4, tree(workbench).getItemCount());
        });
    }
}
