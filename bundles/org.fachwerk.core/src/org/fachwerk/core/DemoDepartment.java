package org.fachwerk.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fachwerk.model.Department;
import org.fachwerk.model.Document;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FederalState;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.ProjectStatus;
import org.fachwerk.model.Role;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemKind;
import org.fachwerk.model.WorkItemStatus;
import org.fachwerk.model.WorkLocation;

/**
 * A small department with people, projects, bookings and documents, so that a new workbench has something to show.
 * The same seed and date always give the same department.
 */
public final class DemoDepartment {

    private static final FachwerkFactory FACTORY = FachwerkFactory.eINSTANCE;

    private static final String[][] PEOPLE = { { "akoch", "Anna", "Koch" }, { "bschulz", "Bernd", "Schulz" },
            { "cwagner", "Carla", "Wagner" }, { "dbecker", "Deniz", "Becker" }, { "ehoffmann", "Eva", "Hoffmann" },
            { "fyilmaz", "Fatma", "Yilmaz" }, { "gwolf", "Georg", "Wolf" }, { "hneumann", "Hanna", "Neumann" } };

    private static final String[][] PROJECTS = {
            { "BAU-01", "Sanierung Grundschule Lindenweg", "Energetische Sanierung bis zum Schuljahresbeginn" },
            { "DIG-02", "Einführung E-Akte", "Alle Vorgänge des Fachbereichs elektronisch führen" },
            { "VER-03", "Radverkehrskonzept 2030", "Lückenloses Radwegenetz zwischen den Ortsteilen" },
            { "ORG-04", "Neuordnung Bürgerservice", "Wartezeiten im Bürgerbüro halbieren" } };

    private static final String[][] PACKAGES = {
            { "Bestandsaufnahme", "Ortsbegehung durchführen", "Unterlagen sichten", "Mängelliste erstellen" },
            { "Planung", "Varianten vergleichen", "Kosten schätzen", "Vorlage für den Ausschuss schreiben" },
            { "Ausschreibung", "Leistungsverzeichnis erstellen", "Vergabe vorbereiten", "Angebote prüfen" },
            { "Umsetzung", "Auftakt mit Beteiligten", "Fortschritt prüfen", "Abnahme dokumentieren" } };

    private DemoDepartment() {
    }

    /** The demo department as of {@code today}. */
    public static Department create(long seed, LocalDate today) {
        Random random = new Random(seed);
        Department department = FACTORY.createDepartment();
        department.setName("Fachbereich Planen und Bauen");
        department.setAuthority("Stadt Musterstadt");
        department.setFederalState(FederalState.NW);
        for (int i = 0; i < PEOPLE.length; i++) {
            Person person = FACTORY.createPerson();
            person.setLogin(PEOPLE[i][0]);
            person.setFirstName(PEOPLE[i][1]);
            person.setLastName(PEOPLE[i][2]);
            person.setFederalState(FederalState.NW);
            person.setWeeklyCapacity(i % 3 == 2 ? 30.0 : 41.0);
            person.setRole(i == 0 ? Role.ADMIN : i < 3 ? Role.PLANNER : Role.MEMBER);
            department.getPersons().add(person);
        }
        List<WorkItem> tasks = new ArrayList<>();
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        for (int p = 0; p < PROJECTS.length; p++) {
            Project project = FACTORY.createProject();
            project.setKey(PROJECTS[p][0]);
            project.setName(PROJECTS[p][1]);
            project.setGoals(PROJECTS[p][2]);
            project.setStatus(p == 3 ? ProjectStatus.PLANNED : ProjectStatus.ACTIVE);
            project.setOwner(department.getPersons().get(p % 3));
            LocalDate start = monday.minusWeeks(6 - p);
            project.setStart(start);
            project.setEnd(start.plusWeeks(4L * PACKAGES.length));
            department.getProjects().add(project);
            LocalDate packageStart = start;
            for (String[] packageTitles : PACKAGES) {
                WorkItem workPackage = workItem(packageTitles[0], WorkItemKind.WORK_PACKAGE, packageStart,
                        packageStart.plusWeeks(4).minusDays(3));
                project.getWorkItems().add(workPackage);
                for (int t = 1; t < packageTitles.length; t++) {
                    LocalDate taskStart = packageStart.plusWeeks(t - 1L);
                    WorkItem task = workItem(packageTitles[t], WorkItemKind.TASK, taskStart, taskStart.plusDays(4));
                    task.setPlannedEffort(8.0 * (1 + random.nextInt(5)));
                    task.getAssignees().add(department.getPersons().get(random.nextInt(PEOPLE.length)));
                    task.setStatus(taskStart.isAfter(today) ? WorkItemStatus.PLANNED
                            : task.getPlannedEnd().isBefore(today) ? WorkItemStatus.DONE : WorkItemStatus.ACTIVE);
                    workPackage.getChildren().add(task);
                    tasks.add(task);
                }
                LocalDate due = packageStart.plusWeeks(4).minusDays(3);
                workPackage.getChildren().add(workItem(packageTitles[0] + " abgeschlossen", WorkItemKind.MILESTONE, due, due));
                packageStart = packageStart.plusWeeks(4);
            }
            addDocuments(department, project, p);
        }
        addBookings(department, tasks, random, monday.minusWeeks(1), today);
        return department;
    }

    private static WorkItem workItem(String title, WorkItemKind kind, LocalDate start, LocalDate end) {
        WorkItem item = FACTORY.createWorkItem();
        item.setTitle(title);
        item.setKind(kind);
        item.setStatus(WorkItemStatus.PLANNED);
        item.setPlannedStart(start);
        item.setPlannedEnd(end);
        return item;
    }

    private static void addDocuments(Department department, Project project, int index) {
        String[] titles = { "Projektauftrag", "Protokoll Auftaktbesprechung" };
        for (int d = 0; d < titles.length; d++) {
            Document document = FACTORY.createDocument();
            document.setTitle(titles[d] + " " + project.getKey());
            document.setFileNumber(String.format("63.1%d.0%d-%04d/%d", index, d + 1, 17 + d, project.getStart().getYear()));
            document.setFileName(titles[d].replace(' ', '_') + (d == 0 ? ".pdf" : ".docx"));
            document.setMediaType(d == 0 ? "application/pdf"
                    : "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            document.setCreated(project.getStart().plusDays(d * 3L));
            document.setProject(project);
            department.getDocuments().add(document);
        }
    }

    /** Office and home days from Monday of last week up to yesterday, on tasks assigned to each person. */
    private static void addBookings(Department department, List<WorkItem> tasks, Random random, LocalDate from,
            LocalDate today) {
        for (Person person : department.getPersons()) {
            List<WorkItem> own = tasks.stream().filter(t -> t.getAssignees().contains(person)).toList();
            for (LocalDate day = from; day.isBefore(today); day = day.plusDays(1)) {
                if (day.getDayOfWeek().getValue() >= 6) {
                    continue;
                }
                TimeEntry entry = FACTORY.createTimeEntry();
                entry.setPerson(person);
                entry.setDate(day);
                entry.setStart(LocalTime.of(7 + random.nextInt(2), random.nextInt(4) * 15));
                entry.setEnd(entry.getStart().plusHours(8).plusMinutes(30));
                entry.setBreakMinutes(30);
                entry.setLocation(random.nextInt(5) < 2 ? WorkLocation.HOME : WorkLocation.OFFICE);
                entry.setTask(own.isEmpty() ? null : own.get(random.nextInt(own.size())));
                department.getTimeEntries().add(entry);
            }
        }
    }
}
