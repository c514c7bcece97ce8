package org.fachwerk.core.tests;

import static org.fachwerk.testing.BookingBuilder.booking;
import static org.fachwerk.testing.DepartmentBuilder.department;
import static org.fachwerk.testing.PersonBuilder.person;
import static org.fachwerk.testing.ProjectBuilder.project;
import static org.fachwerk.testing.WorkItemBuilder.task;
import static org.fachwerk.testing.WorkItemBuilder.workPackage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.fachwerk.core.Rights;
import org.fachwerk.model.Absence;
import org.fachwerk.model.AbsenceKind;
import org.fachwerk.model.Access;
import org.fachwerk.model.Comment;
import org.fachwerk.model.Department;
import org.fachwerk.model.Document;
import org.fachwerk.model.DocumentVersion;
import org.fachwerk.model.Entity;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Membership;
import org.fachwerk.model.MonthApproval;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.ProjectStatus;
import org.fachwerk.model.RecordPlanNode;
import org.fachwerk.model.Role;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;
import org.fachwerk.store.Contents;
import org.fachwerk.store.KeptSum;
import org.fachwerk.store.Query;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.StoreService;
import org.fachwerk.store.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The rights of docs/rights.md, through the store API as any client reaches it: for each role and membership, on an
 * open and a confidential project, what is read (and what is absent from loads, queries, the change log, search hits
 * and sums) and which commits are written or refused whole. The units of work are begun by login, as the store
 * allows while no account has a password; the rules are the modules' services, as in the products.
 */
class RightsTest {

    /** The people, in the order of the expectations below. */
    private static final List<String> PEOPLE = List.of("admin", "planner", "reader", "editor", "manager", "outsider",
            "guest");
    private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 1);
    private static final AtomicInteger STORES = new AtomicInteger();

    /** A department with both projects, the memberships and the editor's bookings on each; its store is open. */
    private static Store aDepartment() {
        BundleContext context = FrameworkUtil.getBundle(RightsTest.class).getBundleContext();
        StoreService service = context.getService(context.getServiceReference(StoreService.class));
        Store store = service.open(StoreLocation.inMemory("rights-" + STORES.incrementAndGet()));
        Department department = department("Ordnungsamt").build();
        Map<String, Role> roles = Map.of("admin", Role.ADMIN, "planner", Role.PLANNER, "guest", Role.GUEST);
        List<Person> people = new ArrayList<>();
        for (String login : PEOPLE) {
            people.add(person(login, login, login).role(roles.getOrDefault(login, Role.MEMBER)).in(department));
        }
        for (String key : List.of("OFF-1", "GEH-2")) {
            Project project = project(key, "Projekt " + key).status(ProjectStatus.ACTIVE).in(department);
            project.setConfidential(key.startsWith("GEH"));
            WorkItem task = task("Aufgabe " + key).in(workPackage("Paket " + key).in(project));
            Comment comment = FachwerkFactory.eINSTANCE.createComment();
            comment.setText("Vermerk");
            comment.setAuthor(people.get(4));
            comment.setWritten(LocalDateTime.of(2026, 10, 1, 9, 0));
            task.getComments().add(comment);
            member(project, people.get(2), Access.READ);
            member(project, people.get(3), Access.EDIT);
            member(project, people.get(4), Access.MANAGE);
            member(project, people.get(6), Access.READ);
            booking(people.get(3), OCTOBER.plusDays(key.startsWith("GEH") ? 5 : 4), "08:00", "12:00").on(task)
                    .in(department);
            document(department, "Dokument " + key, project);
        }
        document(department, "Dokument Amt", null);
        Absence absence = FachwerkFactory.eINSTANCE.createAbsence();
        absence.setPerson(people.get(3));
        absence.setKind(AbsenceKind.ILLNESS);
        absence.setNote("Arzttermin");
        absence.setFrom(OCTOBER.plusDays(10));
        absence.setTo(OCTOBER.plusDays(11));
        department.getAbsences().add(absence);
        RecordPlanNode plan = FachwerkFactory.eINSTANCE.createRecordPlanNode();
        plan.setFileCode("63");
        plan.setTitle("Bauordnung");
        department.getRecordPlan().add(plan);
        UnitOfWork setup = store.begin("setup");
        setup.add(department);
        setup.commit();
        for (Document document : department.getDocuments()) {
            // each version's text has a word of its own, and one that all share
            setup.textIndex().put(document.getVersions().get(0).getId(), "Lindenweg " + wordOf(document));
        }
        return store;
    }

    private static void document(Department department, String title, Project project) {
        Document document = FachwerkFactory.eINSTANCE.createDocument();
        document.setTitle(title);
        document.setProject(project);
        document.getVersions().add(version(title.replace("Dokument ", "") + ".pdf"));
        department.getDocuments().add(document);
    }

    private static DocumentVersion version(String fileName) {
        DocumentVersion version = FachwerkFactory.eINSTANCE.createDocumentVersion();
        version.setNumber(1);
        version.setFileName(fileName);
        return version;
    }

    private static String wordOf(Document document) {
        return "Kennung" + document.getTitle().replaceAll("[^A-Za-z0-9]", "");
    }

    private static void member(Project project, Person person, Access access) {
        Membership membership = FachwerkFactory.eINSTANCE.createMembership();
        membership.setPerson(person);
        membership.setAccess(access);
        project.getMemberships().add(membership);
    }

    // ---------------------------------------------------------------- reading

    /** What is read, and for whom (admin, planner, reader, editor, manager, outsider, guest). */
    static Stream<Arguments> reads() {
        Object[][] table = {
                { "the open project", Project.class, "Projekt OFF-1", "YYYYYNY" },
                { "the confidential project", Project.class, "Projekt GEH-2", "YNYYYNY" },
                { "the open project's task", WorkItem.class, "Aufgabe OFF-1", "YYYYYNY" },
                { "the confidential project's task", WorkItem.class, "Aufgabe GEH-2", "NNYYYNY" },
                { "the editor's booking on the open project", TimeEntry.class, "2026-10-05", "YYNYNNN" },
                { "the editor's booking on the confidential project", TimeEntry.class, "2026-10-06", "NNNYNNN" },
                { "the open project's document", Document.class, "Dokument OFF-1", "YYYYYNY" },
                { "the confidential project's document", Document.class, "Dokument GEH-2", "NNYYYNY" },
                { "the department's document", Document.class, "Dokument Amt", "YYYYYYN" },
                { "the open project's document version", DocumentVersion.class, "OFF-1.pdf", "YYYYYNY" },
                { "the confidential project's document version", DocumentVersion.class, "GEH-2.pdf", "NNYYYNY" },
                { "the department's document version", DocumentVersion.class, "Amt.pdf", "YYYYYYN" }, };
        List<Arguments> cases = new ArrayList<>();
        for (Object[] row : table) {
            for (int i = 0; i < PEOPLE.size(); i++) {
                cases.add(Arguments.of(PEOPLE.get(i), row[0], row[1], row[2], ((String) row[3]).charAt(i) == 'Y'));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} reads {1}: {4}")
    @MethodSource("reads")
    void whatAPersonMayNotReadIsNotRead(String login, String what, Class<? extends Entity> type, String name,
            boolean readable) {
        try (Store store = aDepartment()) {
            UnitOfWork work = store.begin(login);
            Department loaded = work.loadDepartments().get(0);
            assertEquals(readable, named(loaded.eAllContents(), name) != null, "in the loaded department");
            assertEquals(readable, work.query(Query.of(type)).stream().anyMatch(o -> name.equals(nameOf(o))),
                    "in a query");
            Entity stored = named(store.begin("setup").loadDepartments().get(0).eAllContents(), name);
            String id = stored.getId();
            assertEquals(readable, work.changesSince(0).stream().anyMatch(c -> c.changedIds().contains(id)),
                    "in the change log");
            if (stored instanceof DocumentVersion version) {
                String word = wordOf((Document) version.eContainer());
                assertEquals(readable ? List.of(id) : List.of(), work.textIndex().search(word, 10),
                        "among the search hits");
                assertEquals(readable, work.textIndex().search("Lindenweg", 10).contains(id),
                        "among the hits of a word all share");
                assertEquals(readable, work.textIndex().keys().contains(id), "among the keys of the index");
            }
            if (readable) {
                assertEquals(id, work.load(type, id).getId());
            } else {
                StoreException refusal = assertThrows(StoreException.class, () -> work.load(type, id));
                assertTrue(refusal.getMessage().contains(id), "as if there were no such object: " + refusal);
            }
        }
    }

    private static Entity named(java.util.Iterator<EObject> objects, String name) {
        while (objects.hasNext()) {
            EObject object = objects.next();
            if (object instanceof Entity entity && name.equals(nameOf(entity))) {
                return entity;
            }
        }
        return null;
    }

    private static String nameOf(Entity object) {
        if (object instanceof Project project) {
            return project.getName();
        } else if (object instanceof WorkItem item) {
            return item.getTitle();
        } else if (object instanceof TimeEntry entry) {
            return String.valueOf(entry.getDate());
        } else if (object instanceof Document document) {
            return document.getTitle();
        } else if (object instanceof DocumentVersion version) {
            return version.getFileName();
        }
        return null;
    }

    // ---------------------------------------------------------------- writing

    /** A change a client sends, on the department as its person loaded it. */
    private record Change(String name, BiConsumer<Department, String> change, String allowed) {
    }

    /** Thrown by a change that does not find its object: the person cannot even load it. */
    private static final class NotVisible extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static <T> T visible(T object) {
        if (object == null) {
            throw new NotVisible();
        }
        return object;
    }

    private static Project projectOf(Department department, String key) {
        return visible(department.getProjects().stream().filter(p -> key.equals(p.getKey())).findFirst()
                .orElse(null));
    }

    private static WorkItem taskOf(Department department, String key) {
        Project project = projectOf(department, key);
        return visible(project.getWorkItems().isEmpty() ? null : project.getWorkItems().get(0).getChildren().get(0));
    }

    private static Document documentOf(Department department, String title) {
        return visible(department.getDocuments().stream().filter(d -> title.equals(d.getTitle())).findFirst()
                .orElse(null));
    }

    private static Person named(Department department, String login) {
        return department.getPersons().stream().filter(p -> login.equals(p.getLogin())).findFirst().orElseThrow();
    }

    private static TimeEntry editorsBooking(Department department) {
        return visible(department.getTimeEntries().stream().filter(e -> e.getDate().equals(OCTOBER.plusDays(4)))
                .findFirst().orElse(null));
    }

    private static final List<Change> CHANGES = List.of(
            new Change("renames the open project's task", (d, me) -> taskOf(d, "OFF-1").setTitle("Neu"), "NNNYYNN"),
            new Change("renames the confidential project's task", (d, me) -> taskOf(d, "GEH-2").setTitle("Neu"),
                    "NNNYYNN"),
            new Change("comments on the open project's task", (d, me) -> {
                Comment comment = FachwerkFactory.eINSTANCE.createComment();
                comment.setText("Meine Meinung");
                comment.setAuthor(named(d, me));
                comment.setWritten(LocalDateTime.of(2026, 11, 2, 9, 0));
                taskOf(d, "OFF-1").getComments().add(comment);
            }, "NNNYYNN"),
            new Change("removes the comment on the open project's task",
                    (d, me) -> taskOf(d, "OFF-1").getComments().clear(), "NNNYYNN"),
            new Change("renames the open project", (d, me) -> projectOf(d, "OFF-1").setName("Neu"), "NNNNYNN"),
            new Change("renames the confidential project", (d, me) -> projectOf(d, "GEH-2").setName("Neu"),
                    "NNNNYNN"),
            new Change("adds a member to the open project", (d, me) -> member(projectOf(d, "OFF-1"),
                    named(d, "outsider"), Access.MANAGE), "YNNNYNN"),
            new Change("adds a member to the confidential project", (d, me) -> member(projectOf(d, "GEH-2"),
                    named(d, "outsider"), Access.READ), "YNNNYNN"),
            new Change("creates a project", (d, me) -> project("NEU-3", "Neu").status(ProjectStatus.PLANNED).in(d),
                    "YYNNNNN"),
            new Change("books their own time", (d, me) -> booking(named(d, me), OCTOBER.plusDays(30), "08:00",
                    "09:00").in(d), "YYYYYYN"),
            new Change("changes the editor's booking without a reason",
                    (d, me) -> editorsBooking(d).setComment("korrigiert"), "NNNYNNN"),
            new Change("corrects the editor's booking with a reason", (d, me) -> {
                editorsBooking(d).setEnd(LocalTime.of(11, 0));
                editorsBooking(d).setReason("Arzttermin");
            }, "YYNYNNN"),
            new Change("approves the editor's October", (d, me) -> {
                MonthApproval approval = FachwerkFactory.eINSTANCE.createMonthApproval();
                approval.setPerson(named(d, "editor"));
                approval.setMonth(OCTOBER);
                approval.setApprovedBy(named(d, me));
                approval.setApprovedAt(LocalDateTime.of(2026, 11, 2, 9, 0));
                d.getMonthApprovals().add(approval);
            }, "YYNNNNN"),
            new Change("makes the outsider a planner", (d, me) -> named(d, "outsider").setRole(Role.PLANNER),
                    "YNNNNNN"),
            new Change("adds a version to the open project's document",
                    (d, me) -> documentOf(d, "Dokument OFF-1").getVersions().add(version("neu.pdf")), "NNNYYNN"),
            new Change("adds a version to the confidential project's document",
                    (d, me) -> documentOf(d, "Dokument GEH-2").getVersions().add(version("neu.pdf")), "NNNYYNN"),
            new Change("removes the open project's document",
                    (d, me) -> d.getDocuments().remove(documentOf(d, "Dokument OFF-1")), "NNNYYNN"),
            new Change("files a department document", (d, me) -> document(d, "Dokument Neu", null), "YYYYYYN"),
            new Change("moves the department's document into the confidential project",
                    (d, me) -> documentOf(d, "Dokument Amt").setProject(projectOf(d, "GEH-2")), "NNNYYNN"),
            new Change("attaches the open project's document to the confidential project's task",
                    (d, me) -> documentOf(d, "Dokument OFF-1").setTask(taskOf(d, "GEH-2")), "NNNNNNN"),
            new Change("renames the record plan", (d, me) -> d.getRecordPlan().get(0).setTitle("Bauen"), "YNNNNNN"),
            new Change("numbers a file in the record plan", (d, me) -> d.getRecordPlan().get(0).setLastNumber(1),
                    "YYYYYYN"));

    static Stream<Arguments> changes() {
        List<Arguments> cases = new ArrayList<>();
        for (Change change : CHANGES) {
            for (int i = 0; i < PEOPLE.size(); i++) {
                cases.add(Arguments.of(PEOPLE.get(i), change.name(), change, change.allowed().charAt(i) == 'Y'));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}: {3}")
    @MethodSource("changes")
    void aCommitWithAnythingNotAllowedIsRefusedWholeAndKeepsItsChanges(String login, String name, Change change,
            boolean allowed) {
        try (Store store = aDepartment()) {
            long before = store.lastSequence();
            UnitOfWork work = store.begin(login);
            Department department = work.loadDepartments().get(0);
            try {
                change.change().accept(department, login);
            } catch (NotVisible hidden) {
                assertTrue(!allowed, login + " should see what the change is about");
                return; // what one cannot load, one cannot change: the unit of work only writes what it loaded
            }
            if (allowed) {
                work.commit();
                assertEquals(before + 1, store.lastSequence());
            } else {
                StoreException refusal = assertThrows(StoreException.class, work::commit);
                assertTrue(refusal.getMessage().contains(login), "the refusal names who: " + refusal.getMessage());
                assertTrue(work.hasChanges(), "the local changes are kept");
                assertEquals(before, store.lastSequence(), "nothing was written");
            }
        }
    }

    /** Who reads what only the editor and Planners read (admin, planner, reader, editor, ..., guest). */
    static Stream<Arguments> theEditorAndPlanners() {
        List<Arguments> cases = new ArrayList<>();
        for (int i = 0; i < PEOPLE.size(); i++) {
            cases.add(Arguments.of(PEOPLE.get(i), "YYNYNNN".charAt(i) == 'Y'));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} reads the editor's booked week: {1}")
    @MethodSource("theEditorAndPlanners")
    void aPersonsBookedHoursAreReadAsTheirBookingsAre(String login, boolean readable) {
        try (Store store = aDepartment()) {
            String editor = named(store.begin("setup").loadDepartments().get(0), "editor").getId();
            List<KeptSum.Total> weeks = store.begin(login).sums("timelog.bookedMinutesPerWeek", OCTOBER,
                    OCTOBER.plusDays(30));
            // both bookings, 4 hours each: a Planner's week holds the hours on the confidential project too
            assertEquals(readable ? List.of(new KeptSum.Total(editor, OCTOBER.plusDays(4), 480, 2)) : List.of(),
                    weeks.stream().filter(total -> total.group().equals(editor)).toList());
        }
    }

    @ParameterizedTest(name = "{0} reads why the editor is absent: {1}")
    @MethodSource("theEditorAndPlanners")
    void everyoneSeesThatAPersonIsAbsentOnlyThePersonAndPlannersWhy(String login, boolean why) {
        try (Store store = aDepartment()) {
            UnitOfWork work = store.begin(login);
            for (Absence absence : List.of(work.loadDepartments().get(0).getAbsences().get(0),
                    work.query(Query.of(Absence.class)).get(0))) {
                assertEquals(OCTOBER.plusDays(10), absence.getFrom(), "that and when");
                assertEquals(why, absence.getKind() == AbsenceKind.ILLNESS, "why: " + absence.getKind());
                assertEquals(why ? "Arzttermin" : null, absence.getNote());
            }
        }
    }

    @Test
    void theTextOfARemovedObjectLeavesTheIndexAndAHiddenOneCannotBeTouched() {
        try (Store store = aDepartment()) {
            UnitOfWork editor = store.begin("editor");
            UnitOfWork editorsOtherWorkbench = store.begin("editor");
            editorsOtherWorkbench.loadDepartments();
            UnitOfWork outsider = store.begin("outsider");
            outsider.loadDepartments();
            Document document = documentOf(editor.loadDepartments().get(0), "Dokument OFF-1");
            String version = document.getVersions().get(0).getId();
            String word = wordOf(document);
            ((Department) document.eContainer()).getDocuments().remove(document);
            editor.commit();
            assertEquals(List.of(), store.begin("setup").textIndex().search(word, 10));
            assertTrue(editorsOtherWorkbench.changesSince(0).stream()
                    .anyMatch(c -> c.deletedIds().contains(version)), "the change log tells a unit of work that had it loaded that it went");
            assertTrue(outsider.changesSince(0).stream().noneMatch(c -> c.deletedIds().contains(version)),
                    "and one that could not read it nothing of it");

            DocumentVersion confidential = (DocumentVersion) named(
                    store.begin("setup").loadDepartments().get(0).eAllContents(), "GEH-2.pdf");
            String hidden = confidential.getId();
            assertThrows(StoreException.class, () -> outsider.textIndex().put(hidden, "nichts"));
            assertThrows(StoreException.class, () -> outsider.textIndex().remove(hidden));
            assertEquals(List.of(hidden), store.begin("setup").textIndex()
                    .search(wordOf((Document) confidential.eContainer()), 10),
                    "the text is as it was");
        }
    }

    @Test
    void theFileOfAVersionIsThereOnlyForWhoMayReadTheVersion() throws IOException {
        try (Store store = aDepartment()) {
            Department all = store.begin("setup").loadDepartments().get(0);
            String hidden = named(all.eAllContents(), "GEH-2.pdf").getId();
            String open = named(all.eAllContents(), "OFF-1.pdf").getId();
            store.contents().write(hidden, new ByteArrayInputStream(bytes("Geheim")), 1 << 20);
            store.contents().write(open, new ByteArrayInputStream(bytes("Offen")), 1 << 20);

            Contents planners = store.begin("planner").contents(); // no member of the confidential project
            assertFalse(planners.exists(hidden));
            assertThrows(StoreException.class, () -> planners.read(hidden, null));
            assertThrows(StoreException.class,
                    () -> planners.write(hidden, new ByteArrayInputStream(bytes("anders")), 1 << 20));
            assertThrows(StoreException.class, () -> planners.delete(hidden));
            assertEquals(Set.of(open), Set.copyOf(planners.keys()));
            try (InputStream in = planners.read(open, null)) {
                assertArrayEquals(bytes("Offen"), in.readAllBytes());
            }
            // the file of a new version goes in before the commit that stores the version
            planners.write("neue-version", new ByteArrayInputStream(bytes("Neu")), 1 << 20);

            Contents readers = store.begin("reader").contents(); // a member
            try (InputStream in = readers.read(hidden, null)) {
                assertArrayEquals(bytes("Geheim"), in.readAllBytes(), "a member reads it");
            }
            try (InputStream in = store.contents().read(hidden, null)) {
                assertArrayEquals(bytes("Geheim"), in.readAllBytes(), "nothing was written over");
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void whatOthersCommitInAConfidentialProjectIsTakenInOnlyByItsMembers() {
        try (Store store = aDepartment()) {
            long since = store.lastSequence();
            UnitOfWork planner = store.begin("planner");
            Department plannersView = planner.loadDepartments().get(0);
            UnitOfWork reader = store.begin("reader");
            Department readersView = reader.loadDepartments().get(0);
            UnitOfWork editor = store.begin("editor");
            WorkItem task = taskOf(editor.loadDepartments().get(0), "GEH-2");
            WorkItem added = FachwerkFactory.eINSTANCE.createWorkItem();
            added.setTitle("Geheime Unteraufgabe");
            task.getChildren().add(added);
            task.setTitle("Aufgabe GEH-2 neu");
            editor.commit();

            assertEquals(List.of(), planner.catchUp(since), "a Planner who is no member learns nothing of it");
            assertNull(named(plannersView.eAllContents(), "Geheime Unteraufgabe"));
            assertNull(named(plannersView.eAllContents(), "Aufgabe GEH-2 neu"));
            assertEquals(1, reader.catchUp(since).size(), "a member takes it in");
            WorkItem readersTask = taskOf(readersView, "GEH-2");
            assertEquals("Aufgabe GEH-2 neu", readersTask.getTitle());
            assertEquals("Geheime Unteraufgabe", readersTask.getChildren().get(0).getTitle());
        }
    }

    @Test
    void whatOthersStillReferToIsNotRemovedByOneWhoCannotSeeTheReference() {
        try (Store store = aDepartment()) {
            long before = store.lastSequence();
            UnitOfWork manager = store.begin("manager"); // may edit the project, may not read the editor's booking
            WorkItem task = taskOf(manager.loadDepartments().get(0), "OFF-1");
            ((WorkItem) task.eContainer()).getChildren().remove(task);
            StoreException refusal = assertThrows(StoreException.class, manager::commit);
            assertTrue(refusal.getMessage().contains("TimeEntry still refers to it"), refusal.getMessage());
            assertEquals(before, store.lastSequence(), "nothing was written");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("members")
    void nobodyApprovesTheirOwnMonthByNamingAPlanner(String login) {
        try (Store store = aDepartment()) {
            UnitOfWork work = store.begin(login);
            Department department = work.loadDepartments().get(0);
            MonthApproval approval = FachwerkFactory.eINSTANCE.createMonthApproval();
            approval.setPerson(named(department, login));
            approval.setMonth(OCTOBER);
            approval.setApprovedBy(named(department, "planner"));
            approval.setApprovedAt(LocalDateTime.of(2026, 11, 2, 9, 0));
            department.getMonthApprovals().add(approval);
            assertThrows(StoreException.class, work::commit);
        }
    }

    static Stream<String> members() {
        return Stream.of("editor", "planner", "admin");
    }

    static Stream<String> everyone() {
        return PEOPLE.stream();
    }

    /** Whether the change of the table above is written for the person. */
    private static boolean written(String change, String login) {
        Change found = CHANGES.stream().filter(c -> c.name().equals(change)).findFirst().orElseThrow();
        return found.allowed().charAt(PEOPLE.indexOf(login)) == 'Y';
    }

    /**
     * The workbench asks the same rules: the rights it works out from the department the person loaded (to enable
     * commands and fields) answer as the store decides the changes of the table above.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void theWorkbenchEnablesWhatTheStoreWrites(String login) {
        try (Store store = aDepartment()) {
            Department department = store.begin(login).loadDepartments().get(0);
            Rights rights = Rights.of(department, login);
            for (String key : List.of("OFF-1", "GEH-2")) {
                String which = key.startsWith("GEH") ? "confidential" : "open";
                Project project = department.getProjects().stream().filter(p -> key.equals(p.getKey())).findFirst()
                        .orElse(null);
                boolean contents = project != null && !project.getWorkItems().isEmpty();
                assertEquals(written("renames the " + which + " project's task", login),
                        contents && rights.mayEdit(project.getId()), "edit " + key);
                assertEquals(written("renames the " + which + " project", login),
                        project != null && rights.mayManage(project.getId()), "manage " + key);
                assertEquals(written("adds a member to the " + which + " project", login),
                        project != null && rights.mayManageMembers(project.getId()), "members of " + key);
            }
            assertEquals(written("creates a project", login), rights.isPlanner(), "create a project");
            assertEquals(written("books their own time", login), rights.mayBook(named(department, login)), "book");
            assertEquals(written("approves the editor's October", login),
                    rights.mayApprove(named(department, "editor")), "approve the editor's month");
            assertEquals(written("makes the outsider a planner", login), rights.isAdmin(), "change roles");
        }
    }
}
