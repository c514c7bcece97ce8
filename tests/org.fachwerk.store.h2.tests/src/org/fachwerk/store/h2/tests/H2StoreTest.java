package org.fachwerk.store.h2.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fachwerk.model.Absence;
import org.fachwerk.model.AbsenceKind;
import org.fachwerk.model.Access;
import org.fachwerk.model.ApprovalState;
import org.fachwerk.model.AuditEvent;
import org.fachwerk.model.ChecklistItem;
import org.fachwerk.model.Comment;
import org.fachwerk.model.Department;
import org.fachwerk.model.Dependency;
import org.fachwerk.model.DependencyType;
import org.fachwerk.model.DocumentVersion;
import org.fachwerk.model.Membership;
import org.fachwerk.model.MonthApproval;
import org.fachwerk.model.Priority;
import org.fachwerk.model.Qualification;
import org.fachwerk.model.RecordPlanNode;
import org.fachwerk.model.Tag;
import org.fachwerk.model.WorkingTimeLaw;
import org.fachwerk.model.WorkingTimeRuleSet;
import org.fachwerk.model.Document;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.FederalState;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.ProjectStatus;
import org.fachwerk.model.Role;
import org.fachwerk.model.RunningTimer;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemKind;
import org.fachwerk.model.WorkItemStatus;
import org.fachwerk.model.WorkLocation;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.StoreService;
import org.fachwerk.store.UnitOfWork;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** The H2 store as the workbench uses it: through the OSGi service, on real database files. */
class H2StoreTest {

    private static final FachwerkFactory FACTORY = FachwerkFactory.eINSTANCE;

    @TempDir
    Path directory;

    static StoreService storeService() {
        BundleContext context = FrameworkUtil.getBundle(H2StoreTest.class).getBundleContext();
        StoreService service = context.getService(context.getServiceReference(StoreService.class));
        assertNotNull(service, "the store service is registered by Declarative Services");
        return service;
    }

    /** A department with every class, attribute type and reference kind of the model (checked by a test below). */
    static Department sampleDepartment() {
        Department department = FACTORY.createDepartment();
        department.setName("Ordnungsamt");
        department.setAuthority("Kreis Beispiel");
        department.setFederalState(FederalState.BY);
        Person anna = person("akoch", "Anna", "Koch", Role.PLANNER);
        Person bernd = person("bschulz", "Bernd", "Schulz", Role.MEMBER);
        bernd.setWeeklyCapacity(19.5);
        department.getPersons().add(anna);
        department.getPersons().add(bernd);

        Project project = FACTORY.createProject();
        project.setKey("ORD-7");
        project.setName("Digitale Gewerbeanmeldung");
        project.setGoals("Anmeldung in zehn Minuten");
        project.setStatus(ProjectStatus.ACTIVE);
        project.setStart(LocalDate.of(2027, 1, 4));
        project.setEnd(LocalDate.of(2027, 6, 30));
        project.setOwner(anna);
        department.getProjects().add(project);

        WorkItem workPackage = FACTORY.createWorkItem();
        workPackage.setTitle("Analyse");
        workPackage.setKind(WorkItemKind.WORK_PACKAGE);
        project.getWorkItems().add(workPackage);
        for (int i = 1; i <= 3; i++) {
            WorkItem task = FACTORY.createWorkItem();
            task.setTitle("Aufgabe " + i);
            task.setStatus(WorkItemStatus.values()[i]);
            task.setPlannedStart(LocalDate.of(2027, 1, 4 + i));
            task.setPlannedEnd(LocalDate.of(2027, 1, 14 + i));
            task.setPlannedEffort(7.5 * i);
            task.getAssignees().add(i % 2 == 0 ? anna : bernd);
            task.getAssignees().add(i % 2 == 0 ? bernd : anna);
            workPackage.getChildren().add(task);
        }
        WorkItem subtask = FACTORY.createWorkItem();
        subtask.setTitle("Unteraufgabe");
        workPackage.getChildren().get(1).getChildren().add(subtask);

        TimeEntry entry = FACTORY.createTimeEntry();
        entry.setPerson(bernd);
        entry.setDate(LocalDate.of(2027, 1, 6));
        entry.setStart(LocalTime.of(22, 0));
        entry.setEnd(LocalTime.of(2, 30));
        entry.setBreakMinutes(15);
        entry.setLocation(WorkLocation.HOME);
        entry.setTask(subtask);
        entry.setComment("Nachtschicht zur Migration");
        entry.setReason("Umstellung nur au\u00dferhalb der Dienstzeit m\u00f6glich");
        department.getTimeEntries().add(entry);

        Document document = FACTORY.createDocument();
        document.setTitle("Projektauftrag");
        document.setFileNumber("32.10.01-0001/2027");
        document.setFileName("auftrag.pdf");
        document.setMediaType("application/pdf");
        document.setCreated(LocalDate.of(2027, 1, 4));
        document.setProject(project);
        document.setTask(workPackage);
        document.setLockedBy(anna);
        document.setLockedAt(LocalDateTime.of(2027, 1, 5, 8, 15));
        department.getDocuments().add(document);
        addTheRestOfTheModel(department, project, workPackage, anna, bernd, document);
        return department;
    }

    /** Qualifications, rules, memberships, dependencies, comments, absences, record plan, versions, audit. */
    private static void addTheRestOfTheModel(Department department, Project project, WorkItem workPackage, Person anna,
            Person bernd, Document document) {
        Qualification gis = FACTORY.createQualification();
        gis.setName("GIS");
        gis.setDescription("Geoinformationssysteme");
        Qualification procurement = FACTORY.createQualification();
        procurement.setName("Vergaberecht");
        department.getQualifications().addAll(List.of(gis, procurement));
        anna.getQualifications().addAll(List.of(procurement, gis));

        WorkingTimeRuleSet azv = FACTORY.createWorkingTimeRuleSet();
        azv.setName("Beamtinnen und Beamte (AZV)");
        azv.setLaw(WorkingTimeLaw.AZV);
        azv.setWeeklyHours(41);
        azv.setMaxDailyHours(13);
        department.getRuleSets().add(azv);
        anna.setRuleSet(azv);

        Tag urgent = FACTORY.createTag();
        urgent.setName("Ausschuss");
        department.getTags().add(urgent);

        project.setConfidential(true);
        Membership membership = FACTORY.createMembership();
        membership.setPerson(bernd);
        membership.setAccess(Access.EDIT);
        project.getMemberships().add(membership);

        WorkItem first = workPackage.getChildren().get(0);
        WorkItem second = workPackage.getChildren().get(1);
        second.setDescription("Mit Kostenschätzung");
        second.setPriority(Priority.URGENT);
        second.setDeadline(LocalDate.of(2027, 2, 1));
        second.setRemainingEffort(4.25);
        second.getRequiredQualifications().add(procurement);
        second.getTags().add(urgent);
        ChecklistItem check = FACTORY.createChecklistItem();
        check.setText("Haushaltsmittel bestätigt");
        check.setDone(true);
        second.getChecklist().add(check);
        Dependency dependency = FACTORY.createDependency();
        dependency.setPredecessor(first);
        dependency.setType(DependencyType.SS);
        dependency.setLagDays(-2);
        second.getDependencies().add(dependency);
        Comment comment = FACTORY.createComment();
        comment.setAuthor(anna);
        comment.setWritten(LocalDateTime.of(2027, 1, 7, 9, 30, 15));
        comment.setText("Bitte bis Freitag");
        second.getComments().add(comment);

        Absence vacation = FACTORY.createAbsence();
        vacation.setPerson(bernd);
        vacation.setKind(AbsenceKind.VACATION);
        vacation.setFrom(LocalDate.of(2027, 3, 1));
        vacation.setTo(LocalDate.of(2027, 3, 12));
        department.getAbsences().add(vacation);
        department.getTimeEntries().get(0).setApproval(ApprovalState.SUBMITTED);

        RecordPlanNode group = FACTORY.createRecordPlanNode();
        group.setFileCode("32");
        group.setTitle("Ordnungsangelegenheiten");
        RecordPlanNode trade = FACTORY.createRecordPlanNode();
        trade.setFileCode("32.10");
        trade.setTitle("Gewerbe");
        trade.setRetentionYears(10);
        trade.setLastNumber(17);
        group.getChildren().add(trade);
        department.getRecordPlan().add(group);
        document.setRecordPlanNode(trade);
        DocumentVersion version = FACTORY.createDocumentVersion();
        version.setNumber(1);
        version.setFileName("auftrag.pdf");
        version.setMediaType("application/pdf");
        version.setSize(5_000_000_000L);
        version.setSha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        version.setAuthor(anna);
        version.setCreated(LocalDateTime.of(2027, 1, 4, 14, 0));
        version.setComment("Erste Fassung");
        document.getVersions().add(version);

        AuditEvent event = FACTORY.createAuditEvent();
        event.setTime(LocalDateTime.of(2027, 1, 8, 16, 45, 1));
        event.setPerson(anna);
        event.setAction("approve-month");
        event.setSubjectId("2027-01");
        event.setDetails("Bernd Schulz, Januar 2027");
        department.getAuditEvents().add(event);

        MonthApproval approval = FACTORY.createMonthApproval();
        approval.setPerson(bernd);
        approval.setMonth(LocalDate.of(2027, 1, 1));
        approval.setApprovedBy(anna);
        approval.setApprovedAt(LocalDateTime.of(2027, 2, 1, 9, 30));
        department.getMonthApprovals().add(approval);

        RunningTimer timer = FACTORY.createRunningTimer();
        timer.setPerson(anna);
        timer.setTask(workPackage);
        timer.setStarted(LocalDateTime.of(2027, 2, 1, 8, 0));
        timer.setLocation(WorkLocation.OFFICE);
        department.getRunningTimers().add(timer);
    }

    private static Person person(String login, String first, String last, Role role) {
        Person person = FACTORY.createPerson();
        person.setLogin(login);
        person.setFirstName(first);
        person.setLastName(last);
        person.setRole(role);
        person.setFederalState(FederalState.BY);
        return person;
    }

    /** Writes a new department in a unit of work of its own; returns that unit of work. */
    static UnitOfWork save(Store store, Department department) {
        UnitOfWork work = store.begin("akoch");
        work.add(department);
        work.commit();
        return work;
    }

    /** Every department as a new unit of work reads it. */
    static List<Department> loadAll(Store store) {
        return store.begin("check").loadDepartments();
    }

    @Test
    void everyClassAndReferenceKindSurvivesAFileDatabaseClosedAndReopened() {
        Department saved = sampleDepartment();
        try (Store store = storeService().open(StoreLocation.embedded(directory))) {
            save(store, saved);
        }
        assertTrue(Files.exists(directory.resolve("fachwerk.mv.db")), "the database file is in the data directory");
        try (Store store = storeService().open(StoreLocation.embedded(directory))) {
            List<Department> loaded = loadAll(store);
            assertEquals(1, loaded.size());
            assertTrue(EcoreUtil.equals(saved, loaded.get(0)), "the loaded department equals the saved one");
            TimeEntry entry = loaded.get(0).getTimeEntries().get(0);
            assertEquals(255, entry.getDurationMinutes());
            assertEquals("Unteraufgabe", entry.getTask().getTitle());
        }
    }

    @Test
    void theSampleDepartmentHoldsEveryConcreteClassOfTheModel() {
        Set<EClass> used = new HashSet<>();
        Department department = sampleDepartment();
        used.add(department.eClass());
        department.eAllContents().forEachRemaining(object -> used.add(object.eClass()));
        for (EClassifier classifier : FachwerkPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract()) {
                assertTrue(used.contains(eClass), eClass.getName() + " is missing from the round trip");
            }
        }
    }

    @Test
    void removalsMovesAndChangesOfLoadedObjectsAreWritten() {
        Department department = sampleDepartment();
        try (Store store = storeService().open(StoreLocation.inMemory("replace"))) {
            UnitOfWork work = save(store, department);
            WorkItem workPackage = department.getProjects().get(0).getWorkItems().get(0);
            workPackage.getChildren().get(1).getDependencies().clear(); // it waited for the task removed now
            workPackage.getChildren().remove(0);
            workPackage.getChildren().move(0, 1);
            department.getPersons().get(1).setLastName("Schulz-Meyer");
            work.commit();

            Department loaded = loadAll(store).get(0);
            assertTrue(EcoreUtil.equals(department, loaded));
            assertEquals(List.of("Aufgabe 3", "Aufgabe 2"),
                    loaded.getProjects().get(0).getWorkItems().get(0).getChildren().stream().map(WorkItem::getTitle).toList());
        }
    }

    @Test
    void aFailedSaveLeavesTheStoredStateAsItWas() {
        Department department = sampleDepartment();
        StoreException failure = refusedChange("rollback", department, () -> {
            department.getProjects().get(0).setName("Umbenannt");
            Person stranger = FACTORY.createPerson(); // valid, but in no department: refused while writing
            stranger.setLogin("fremd");
            stranger.setLastName("Fremd");
            department.getProjects().get(0).setOwner(stranger);
        });
        assertTrue(failure.getMessage().contains("Person Fremd, which is not stored"), failure.getMessage());
    }

    @Test
    void badValuesAreRefusedWithTheirProblemsBeforeAnythingIsWritten() {
        Department department = sampleDepartment();
        StoreException failure = refusedChange("invalid", department, () -> {
            WorkItem task = department.getProjects().get(0).getWorkItems().get(0).getChildren().get(0);
            task.setPlannedEffort(-8);
            task.setPlannedEnd(task.getPlannedStart().minusDays(1));
            department.getPersons().get(0).setLastName(null);
        });
        assertTrue(failure.getMessage().contains("nothing was written"), failure.getMessage());
        assertTrue(failure.getMessage().contains("Person akoch: lastName is required."), failure.getMessage());
        assertTrue(failure.getMessage().contains("WorkItem Aufgabe 1: plannedEffort must not be negative (-8.0)."),
                failure.getMessage());
        assertTrue(failure.getMessage().contains(
                "WorkItem Aufgabe 1: plannedEnd (2027-01-04) lies before plannedStart (2027-01-05)"), failure.getMessage());
    }

    @Test
    void aReferenceToARemovedObjectIsRefusedAndNothingIsWritten() {
        Department department = sampleDepartment();
        StoreException failure = refusedChange("dangling", department,
                // the next task still depends on the removed one
                () -> department.getProjects().get(0).getWorkItems().get(0).getChildren().remove(0));
        assertTrue(failure.getMessage().contains("Dependency refers as \"predecessor\" to WorkItem Aufgabe 1"),
                failure.getMessage());
    }

    /**
     * Stores the department, makes the change and saves again: returns why the store refused that, after checking
     * that it still holds the state from before the change.
     */
    private static StoreException refusedChange(String database, Department department, Runnable change) {
        try (Store store = storeService().open(StoreLocation.inMemory(database))) {
            UnitOfWork work = save(store, department);
            Department before = EcoreUtil.copy(department);
            change.run();
            StoreException failure = assertThrows(StoreException.class, work::commit);
            assertTrue(EcoreUtil.equals(before, loadAll(store).get(0)), "the old state is still stored");
            assertTrue(work.hasChanges(), "the refused changes are still there to be fixed");
            return failure;
        }
    }

    @Test
    void aDatabaseOpenInAnotherProcessIsReportedClearly() throws Exception {
        try (Store store = storeService().open(StoreLocation.embedded(directory))) {
            save(store, sampleDepartment());
        }
        // another program holds the database file open: H2's own shell in a second JVM
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                h2Jar().toString(), "org.h2.tools.Shell", "-url", "jdbc:h2:file:" + directory.resolve("fachwerk"),
                "-user", "fachwerk", "-password", "").redirectErrorStream(true).start();
        try {
            other.getOutputStream().write("SELECT COUNT(*) FROM \"PROJECT\";\n".getBytes());
            other.getOutputStream().flush();
            BufferedReader answer = new BufferedReader(new InputStreamReader(other.getInputStream()));
            StringBuilder read = new StringBuilder();
            for (String line = answer.readLine(); line != null && !line.contains("COUNT"); line = answer.readLine()) {
                read.append(line).append('\n');
            }
            assertTrue(other.isAlive(), "the other process has the database open: " + read);

            StoreException failure = assertThrows(StoreException.class,
                    () -> storeService().open(StoreLocation.embedded(directory)));
            assertTrue(failure.getMessage().contains("already open in another Fachwerk window or process"),
                    failure.getMessage());
            assertTrue(failure.getMessage().contains(directory.toString()), failure.getMessage());
        } finally {
            other.getOutputStream().close();
            other.waitFor();
        }
        try (Store store = storeService().open(StoreLocation.embedded(directory))) {
            assertEquals(1, loadAll(store).size(), "once the other process is gone, the data is there");
        }
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsNamed() throws Exception {
        Path belowAFile = Files.createFile(directory.resolve("a-file")).resolve("data");
        StoreException failure = assertThrows(StoreException.class,
                () -> storeService().open(StoreLocation.embedded(belowAFile)));
        assertTrue(failure.getMessage().contains(belowAFile.toString()), failure.getMessage());
    }

    /** The H2 jar the runtime loaded, for a second, independent JVM. */
    private static Path h2Jar() {
        String location = FrameworkUtil.getBundle(org.h2.jdbcx.JdbcConnectionPool.class).getLocation();
        String path = location.substring(location.indexOf("file:") + "file:".length());
        return Path.of(path);
    }

    @Test
    void aDatabaseThatDoesNotFitTheModelIsRefusedOnOpening() throws Exception {
        try (Store store = storeService().open(StoreLocation.embedded(directory))) {
            save(store, sampleDepartment());
        }
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:file:" + directory.resolve("fachwerk"));
        database.setUser("fachwerk");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE \"PROJECT\" DROP COLUMN \"GOALS\"");
        }
        StoreException failure = assertThrows(StoreException.class,
                () -> storeService().open(StoreLocation.embedded(directory)));
        assertTrue(failure.getMessage().contains("column PROJECT.GOALS is missing"), failure.getMessage());
    }

    @Test
    void childrenKeepTheOrderOfTheirPositionsAlsoWithGapsBetweenThem() throws Exception {
        Department saved = sampleDepartment();
        WorkItem workPackage = saved.getProjects().get(0).getWorkItems().get(0);
        List<String> children = workPackage.getChildren().stream().map(WorkItem::getTitle).toList();
        try (Store store = storeService().open(StoreLocation.embedded(directory))) {
            save(store, saved);
        }
        // another client may leave gaps: reversed, with one position far beyond the number of children
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:file:" + directory.resolve("fachwerk"));
        database.setUser("fachwerk");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE \"WORK_ITEM\" SET \"POSITION\" = CASE WHEN \"POSITION\" = 0 THEN 50000000"
                    + " ELSE 7 - \"POSITION\" END WHERE \"PARENT_ID\" = '" + workPackage.getId() + "'");
        }
        try (Store store = storeService().open(StoreLocation.embedded(directory))) {
            List<String> expected = new ArrayList<>(children.subList(1, children.size()));
            Collections.reverse(expected);
            expected.add(children.get(0));
            WorkItem loaded = loadAll(store).get(0).getProjects().get(0).getWorkItems().get(0);
            assertEquals(expected, loaded.getChildren().stream().map(WorkItem::getTitle).toList());
        }
    }

    /**
     * A department's H2 server on loopback, serving a database its administrator created in the directory, for the
     * user fachwerk with the password geheim. The caller stops it.
     */
    static Server departmentServer(Path directory, String database) throws SQLException {
        JdbcDataSource admin = new JdbcDataSource();
        admin.setURL("jdbc:h2:file:" + directory.resolve(database));
        admin.setUser("fachwerk");
        admin.setPassword("geheim");
        admin.getConnection().close();
        return Server.createTcpServer("-tcpPort", "0", "-baseDir", directory.toString()).start();
    }

    @Test
    void aDepartmentServerIsReachedWithUserAndPassword() throws Exception {
        Server server = departmentServer(directory, "bauamt");
        try {
            String address = "localhost:" + server.getPort() + "/bauamt";
            Department saved = sampleDepartment();
            try (Store store = storeService().open(StoreLocation.server(address, "fachwerk", "geheim"))) {
                save(store, saved);
            }
            try (Store store = storeService().open(StoreLocation.server(address, "fachwerk", "geheim"))) {
                assertTrue(EcoreUtil.equals(saved, loadAll(store).get(0)));
            }
            StoreException wrongPassword = assertThrows(StoreException.class,
                    () -> storeService().open(StoreLocation.server(address, "fachwerk", "falsch")));
            assertTrue(wrongPassword.getMessage().contains("refused the user name or password"), wrongPassword.getMessage());
            StoreException noDatabase = assertThrows(StoreException.class, () -> storeService()
                    .open(StoreLocation.server("localhost:" + server.getPort() + "/fehlt", "fachwerk", "geheim")));
            assertTrue(noDatabase.getMessage().contains("has no database"), noDatabase.getMessage());
        } finally {
            server.stop();
        }
        StoreException unreachable = assertThrows(StoreException.class, () -> storeService()
                .open(StoreLocation.server("localhost:" + server.getPort() + "/bauamt", "fachwerk", "geheim")));
        assertTrue(unreachable.getMessage().contains("cannot be reached"), unreachable.getMessage());
    }

    @Test
    void aClosedStoreSaysSo() {
        Store store = storeService().open(StoreLocation.embedded(directory));
        store.close();
        StoreException failure = assertThrows(StoreException.class, () -> save(store, sampleDepartment()));
        assertTrue(failure.getMessage().contains("is closed"), failure.getMessage());
        assertThrows(StoreException.class, () -> loadAll(store));
    }

    @Test
    void anInMemoryDatabaseIsGoneWhenClosed() {
        try (Store store = storeService().open(StoreLocation.inMemory("gone"))) {
            save(store, sampleDepartment());
        }
        try (Store store = storeService().open(StoreLocation.inMemory("gone"))) {
            assertTrue(loadAll(store).isEmpty());
        }
    }
}
