package org.fachwerk.store.contract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

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
import org.fachwerk.model.Document;
import org.fachwerk.model.DocumentVersion;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FederalState;
import org.fachwerk.model.Membership;
import org.fachwerk.model.MonthApproval;
import org.fachwerk.model.Person;
import org.fachwerk.model.Priority;
import org.fachwerk.model.Project;
import org.fachwerk.model.ProjectStatus;
import org.fachwerk.model.Qualification;
import org.fachwerk.model.RecordPlanNode;
import org.fachwerk.model.Role;
import org.fachwerk.model.RunningTimer;
import org.fachwerk.model.Tag;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemKind;
import org.fachwerk.model.WorkItemStatus;
import org.fachwerk.model.WorkLocation;
import org.fachwerk.model.WorkingTimeLaw;
import org.fachwerk.model.WorkingTimeRuleSet;
import org.fachwerk.store.Store;
import org.fachwerk.store.UnitOfWork;
import org.fachwerk.testing.PersonBuilder;

/**
 * The department the contract stores, and how it stores and reads departments: "Ordnungsamt" with Anna Koch
 * (planner) and Bernd Schulz, project ORD-7 with the work package "Analyse" and its tasks "Aufgabe 1" to "Aufgabe 3"
 * ("Aufgabe 2" with the subtask "Unteraufgabe"), and one booking of Bernd's night shift.
 */
public final class SampleDepartment {

    private static final FachwerkFactory FACTORY = FachwerkFactory.eINSTANCE;

    private SampleDepartment() {
    }

    /**
     * A new department with every class, attribute type and reference kind of the model (the contract checks that),
     * not stored yet.
     */
    public static Department create() {
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
        return PersonBuilder.person(login, first, last).role(role).federalState(FederalState.BY).build();
    }

    /** Writes a new department in a unit of work of its own; returns that unit of work. */
    public static UnitOfWork save(Store store, Department department) {
        UnitOfWork work = store.begin("akoch");
        work.add(department);
        work.commit();
        return work;
    }

    /** Every department as a new unit of work reads it. */
    public static List<Department> loadAll(Store store) {
        return store.begin("check").loadDepartments();
    }
}
