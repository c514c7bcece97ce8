package org.fachwerk.projects.core.tests;

import static org.fachwerk.testing.BookingBuilder.booking;
import static org.fachwerk.testing.ProjectBuilder.project;
import static org.fachwerk.testing.WorkItemBuilder.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.fachwerk.model.Department;
import org.fachwerk.model.Dependency;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Project;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;
import org.fachwerk.projects.core.StructureCommands;
import org.fachwerk.projects.core.StructureCommands.Position;
import org.junit.jupiter.api.Test;

/** Edits of a structure tree, each undone completely. */
class StructureCommandsTest {

    private static final FachwerkFactory FACTORY = FachwerkFactory.eINSTANCE;

    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
            new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
    private final StructureCommands commands = new StructureCommands(domain);
    private final Department department = FACTORY.createDepartment();
    private final Project project = project("Neubau Kita").from(LocalDate.of(2027, 3, 1)).in(department);

    StructureCommandsTest() {
        Resource resource = domain.getResourceSet().createResource(URI.createURI("test:/department"));
        resource.getContents().add(department);
        for (String title : List.of("A", "B", "C", "D")) {
            task(title).in(project);
        }
    }

    private WorkItem item(String title) {
        List<WorkItem> all = new java.util.ArrayList<>();
        project.eAllContents().forEachRemaining(o -> {
            if (o instanceof WorkItem w && title.equals(w.getTitle())) {
                all.add(w);
            }
        });
        return all.get(0);
    }

    /** The tree as text: children in brackets. */
    private String tree() {
        return text(project.getWorkItems());
    }

    private static String text(List<WorkItem> items) {
        return String.join(" ", items.stream().map(item -> item.getTitle()
                + (item.getChildren().isEmpty() ? "" : "[" + text(item.getChildren()) + "]")).toList());
    }

    private void executeAndUndo(Command command, String expected) {
        String before = tree();
        assertTrue(command.canExecute(), "the command can run");
        domain.getCommandStack().execute(command);
        assertEquals(expected, tree());
        domain.getCommandStack().undo();
        assertEquals(before, tree(), "undo restores the tree");
        domain.getCommandStack().redo();
        assertEquals(expected, tree(), "redo does it again");
    }

    @Test
    void newTasksGoAfterTheSelectedOneOrIntoIt() {
        Command insert = commands.insertAfter(item("B"), "Neu");
        executeAndUndo(insert, "A B Neu C D");
        assertEquals("Neu", ((WorkItem) insert.getResult().iterator().next()).getTitle());
        executeAndUndo(commands.insertChild(item("C"), "Unter"), "A B Neu C[Unter] D");
        executeAndUndo(commands.insertAfter(project, "Ende"), "A B Neu C[Unter] D Ende");
    }

    @Test
    void indentAndOutdentMoveItemsOneLevel() {
        executeAndUndo(commands.indent(List.of(item("B"), item("C"))), "A[B C] D");
        executeAndUndo(commands.outdent(List.of(item("B"))), "A[C] B D");
        assertFalse(commands.indent(List.of(item("A"))).canExecute(), "the first item has nothing to go into");
        assertFalse(commands.outdent(List.of(item("A"))).canExecute(), "a top-level item cannot go up");
    }

    @Test
    void movingBeforeAfterAndIntoKeepsTheOrderGivenAndRefusesCycles() {
        executeAndUndo(commands.move(List.of(item("D"), item("A")), item("B"), Position.BEFORE), "D A B C");
        executeAndUndo(commands.move(List.of(item("D")), item("A"), Position.AFTER), "A D B C");
        executeAndUndo(commands.move(List.of(item("A"), item("B")), item("C"), Position.INTO), "D C[A B]");
        assertFalse(commands.move(List.of(item("C")), item("A"), Position.INTO).canExecute(),
                "an item cannot go into its own child");
        executeAndUndo(commands.move(List.of(item("A")), project, Position.INTO), "D C[B] A");
    }

    @Test
    void deletingATaskTakesItsSubtasksAndLeavesBookingsWithoutTask() {
        WorkItem c = item("C");
        domain.getCommandStack().execute(commands.insertChild(c, "Unter"));
        TimeEntry entry = booking(LocalDate.of(2027, 3, 2), "08:00", "09:00").on(item("Unter")).in(department);
        domain.getCommandStack().execute(commands.delete(List.of(c)));
        assertEquals("A B D", tree());
        assertNull(entry.getTask());
        domain.getCommandStack().undo();
        assertEquals("A B C[Unter] D", tree());
        assertEquals("Unter", entry.getTask().getTitle(), "undo gives the booking its task back");
    }

    @Test
    void deletingAPredecessorTakesTheDependenciesOnItAndUndoPutsThemBack() {
        Dependency onB = FACTORY.createDependency();
        onB.setPredecessor(item("B"));
        item("D").getDependencies().add(onB);
        Dependency ofB = FACTORY.createDependency();
        ofB.setPredecessor(item("A"));
        item("B").getDependencies().add(ofB);
        domain.getCommandStack().execute(commands.delete(List.of(item("B"))));
        assertEquals("A C D", tree());
        assertTrue(item("D").getDependencies().isEmpty(), "no dependency is left without its predecessor");
        domain.getCommandStack().undo();
        assertEquals(List.of(onB), item("D").getDependencies());
        assertEquals(item("B"), onB.getPredecessor());
        assertEquals(List.of(ofB), item("B").getDependencies());
    }
}
