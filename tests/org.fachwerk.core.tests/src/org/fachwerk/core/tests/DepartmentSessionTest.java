package org.fachwerk.core.tests;

import static org.fachwerk.testing.DepartmentBuilder.department;
import static org.fachwerk.testing.PersonBuilder.person;
import static org.fachwerk.testing.ProjectBuilder.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.edit.command.SetCommand;
import org.fachwerk.core.DataLocation;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.Role;
import org.fachwerk.store.ChangeSet;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.StoreService;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

class DepartmentSessionTest {

    private static StoreService storeService() {
        BundleContext context = FrameworkUtil.getBundle(DepartmentSessionTest.class).getBundleContext();
        return context.getService(context.getServiceReference(StoreService.class));
    }

    /** What an empty store is given: the person at the workbench and two projects she leads. */
    private static Department firstDepartment() {
        Department department = department("Fachbereich Planen und Bauen").build();
        Person anna = person("akoch", "Anna", "Koch").role(Role.ADMIN).in(department);
        project("BAU-01", "Sanierung Grundschule Lindenweg").owner(anna).in(department);
        project("DIG-02", "Einf\u00fchrung E-Akte").owner(anna).in(department);
        return department;
    }

    @Test
    void anEmptyStoreGetsTheFirstDepartmentOnceAndKeepsIt() {
        StoreLocation location = StoreLocation.inMemory("session");
        AtomicInteger created = new AtomicInteger();
        try (DepartmentSession session = DepartmentSession.open(storeService().open(location), "akoch", () -> {
            created.incrementAndGet();
            return firstDepartment();
        })) {
            assertEquals(1, created.get());
            assertEquals("akoch", session.actorPerson().getLogin(), "the person at the workbench");
            Project project = session.department().getProjects().get(0);
            session.commandStack().execute(SetCommand.create(session.editingDomain(), project,
                    FachwerkPackage.Literals.PROJECT__NAME, "Neuer Name"));
            session.prepareCommit().write();
            try (DepartmentSession second = DepartmentSession.open(storeService().open(location), "akoch", () -> {
                created.incrementAndGet();
                return firstDepartment();
            })) {
                assertEquals(1, created.get(), "a store with a department is not seeded again");
                assertEquals("Neuer Name", second.department().getProjects().get(0).getName());
            }
        }
    }

    @Test
    void editsCanBeUndoneAndRedone() {
        try (DepartmentSession session = DepartmentSession.open(storeService().open(StoreLocation.inMemory("undo")), "akoch",
                DepartmentSessionTest::firstDepartment)) {
            Project project = session.department().getProjects().get(0);
            String before = project.getName();
            session.commandStack().execute(SetCommand.create(session.editingDomain(), project,
                    FachwerkPackage.Literals.PROJECT__NAME, "Geändert"));
            session.commandStack().undo();
            assertEquals(before, project.getName());
            session.commandStack().redo();
            assertEquals("Geändert", project.getName());
        }
    }

    @Test
    void aCommitWritesWhatTheEditsChangedUnderTheActorsName() {
        try (DepartmentSession session = DepartmentSession.open(storeService().open(StoreLocation.inMemory("commit")),
                "akoch", DepartmentSessionTest::firstDepartment)) {
            long before = session.store().lastSequence();
            Project project = session.department().getProjects().get(1);
            session.commandStack().execute(SetCommand.create(session.editingDomain(), project,
                    FachwerkPackage.Literals.PROJECT__GOALS, "Alle Akten elektronisch"));
            assertTrue(session.hasChanges());
            long sequence = session.prepareCommit().write();
            assertFalse(session.hasChanges());
            ChangeSet change = session.store().begin("akoch").changesSince(before).get(0);
            assertEquals(sequence, change.sequence());
            assertEquals("akoch", change.actor());
            assertEquals(Set.of(project.getId()), change.changedIds());
            assertEquals("Alle Akten elektronisch", session.store().begin("check")
                    .load(Project.class, project.getId()).getGoals());
        }
    }

    @Test
    void theDataDirectoryDefaultsToTheUsersHome() {
        String configured = System.getProperty(DataLocation.PROPERTY);
        try {
            System.clearProperty(DataLocation.PROPERTY);
            assertEquals(Path.of(System.getProperty("user.home"), ".fachwerk", "data"), DataLocation.directory());
            System.setProperty(DataLocation.PROPERTY, "relative/dir");
            assertTrue(DataLocation.directory().isAbsolute());
        } finally {
            if (configured == null) {
                System.clearProperty(DataLocation.PROPERTY);
            } else {
                System.setProperty(DataLocation.PROPERTY, configured);
            }
        }
    }
}
