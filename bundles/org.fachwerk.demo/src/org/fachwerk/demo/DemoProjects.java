package org.fachwerk.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.fachwerk.demo.DemoDepartment.Size;
import org.fachwerk.model.Access;
import org.fachwerk.model.Department;
import org.fachwerk.model.Dependency;
import org.fachwerk.model.DependencyType;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Membership;
import org.fachwerk.model.Person;
import org.fachwerk.model.Priority;
import org.fachwerk.model.Project;
import org.fachwerk.model.ProjectStatus;
import org.fachwerk.model.Qualification;
import org.fachwerk.model.Role;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemKind;
import org.fachwerk.model.WorkItemStatus;

/**
 * The projects with their structure trees (work packages, tasks, subtasks, milestones, dependencies) on the
 * department's people, and with each project its documents: the four of the demo department, or as many projects and
 * work items as a size asks for.
 */
final class DemoProjects {

    private static final FachwerkFactory FACTORY = FachwerkFactory.eINSTANCE;

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

    /** A kind of project: its key prefix, the measures and objects its names are made of, and its goals. */
    private record Theme(String prefix, String[] measures, String[] objects, String[] goals) {
    }

    private static final Theme[] THEMES = {
            new Theme("BAU",
                    new String[] { "Sanierung", "Neubau", "Erweiterung", "Umbau", "Brandschutzertüchtigung",
                            "Energetische Sanierung" },
                    new String[] { "Grundschule Lindenweg", "Gesamtschule am Stadtpark", "Kita Sonnenblume",
                            "Kita Regenbogen", "Feuerwache Nord", "Rathaus Ostflügel", "Sporthalle Birkenallee",
                            "Stadtbücherei", "Bürgerhaus Altstadt", "Jugendzentrum Mühlenweg", "Friedhofskapelle",
                            "Bauhof Industriestraße" },
                    new String[] { "Fertigstellung vor Beginn des Schuljahres", "Energiebedarf um 40 Prozent senken",
                            "Barrierefreier Zugang für alle Nutzerinnen und Nutzer",
                            "Auflagen der Bauaufsicht zum Brandschutz erfüllen",
                            "Kostenrahmen des Ratsbeschlusses einhalten" }),
            new Theme("TIE", new String[] { "Erneuerung", "Ausbau", "Instandsetzung", "Umgestaltung" },
                    new String[] { "Bahnhofstraße", "Brücke Mühlbach", "Stützmauer Kirchberg",
                            "Regenrückhaltebecken Süd", "Kanal Lindenallee", "Parkplatz Stadthalle",
                            "Wirtschaftsweg Oberfeld", "Gehweg Schulstraße", "Kreisverkehr Nordring" },
                    new String[] { "Verkehrssicherheit wiederherstellen", "Sperrzeiten unter sechs Wochen halten",
                            "Starkregen ohne Überflutung ableiten", "Unterhaltungskosten dauerhaft senken" }),
            new Theme("VER", new String[] { "Planung", "Umsetzung", "Barrierefreier Ausbau", "Verkehrsberuhigung" },
                    new String[] { "Radweg Nord–Süd", "Knotenpunkt Marktplatz", "Schulwegsicherung Eichendorffschule",
                            "Bushaltestellen Innenstadt", "Fahrradparken am Bahnhof", "Tempo-30-Zone Weststadt",
                            "Radverkehrskonzept 2030" },
                    new String[] { "Lückenloses Radwegenetz zwischen den Ortsteilen",
                            "Sichere Schulwege für alle Grundschulen", "Unfälle am Knotenpunkt halbieren",
                            "Alle Haltestellen stufenlos erreichbar" }),
            new Theme("DIG", new String[] { "Einführung", "Ablösung", "Migration", "Ausschreibung" },
                    new String[] { "E-Akte", "Geoportal", "Bauantragsportal", "Fachverfahren Friedhofswesen",
                            "Ratsinformationssystem", "Terminbuchung Bürgerbüro", "Baumkataster",
                            "Straßenkataster" },
                    new String[] { "Alle Vorgänge des Fachbereichs elektronisch führen",
                            "Anträge vollständig online annehmen", "Papierakten bis Jahresende ablösen",
                            "Onlinezugangsgesetz fristgerecht umsetzen" }),
            new Theme("ORG", new String[] { "Neuordnung", "Evaluation", "Optimierung" },
                    new String[] { "Bürgerservice", "Vergabestelle", "Haushaltsplanung", "Bauaufsicht",
                            "Gebäudemanagement", "Poststelle", "Bereitschaftsdienst" },
                    new String[] { "Wartezeiten im Bürgerbüro halbieren", "Bearbeitungszeiten transparent machen",
                            "Zuständigkeiten eindeutig regeln", "Vertretungen lückenlos organisieren" }),
            new Theme("UMW", new String[] { "Konzept", "Umsetzung", "Förderantrag" },
                    new String[] { "Hochwasserschutz Mühlbach", "Renaturierung Auenbach", "Stadtbäume 2030",
                            "Photovoltaik auf städtischen Dächern", "Lärmaktionsplan", "Klimaanpassung Innenstadt" },
                    new String[] { "Hochwasser bis HQ100 schadlos abführen", "CO2-Ausstoß der Verwaltung senken",
                            "Tausend neue Stadtbäume pflanzen", "Fördermittel vollständig abrufen" }) };

    /** The phases of a project: the work package's title first, then its tasks' titles. */
    private static final String[][] PHASES = {
            { "Bestandsaufnahme", "Ortsbegehung durchführen", "Unterlagen sichten", "Mängelliste erstellen",
                    "Bestandspläne digitalisieren", "Schadstoffgutachten beauftragen" },
            { "Planung", "Varianten vergleichen", "Kosten schätzen", "Vorlage für den Ausschuss schreiben",
                    "Entwurfsplanung abstimmen", "Förderantrag stellen" },
            { "Genehmigung", "Bauantrag einreichen", "Stellungnahmen der Fachämter einholen",
                    "Denkmalbehörde beteiligen", "Naturschutzrechtliche Prüfung veranlassen" },
            { "Ausschreibung", "Leistungsverzeichnis erstellen", "Vergabe vorbereiten", "Angebote prüfen",
                    "Bietergespräche führen", "Vergabevorschlag erstellen" },
            { "Umsetzung", "Auftakt mit Beteiligten", "Fortschritt prüfen", "Baustelle begehen", "Rechnungen prüfen",
                    "Nachträge bewerten" },
            { "Öffentlichkeitsarbeit", "Bürgerinformation vorbereiten", "Pressemitteilung abstimmen",
                    "Anwohnerschreiben versenden" },
            { "Abnahme", "Abnahme dokumentieren", "Mängel nachverfolgen", "Schlussrechnung prüfen",
                    "Verwendungsnachweis erstellen" } };

    private static final String[] SUBTASKS = { "Entwurf erstellen", "Mit Fachamt abstimmen",
            "Rückmeldungen einarbeiten", "Freigabe einholen", "In der E-Akte ablegen", "Termin vereinbaren",
            "Unterlagen zusammenstellen" };

    private final Department department;
    private final Random random;
    private final LocalDate today;
    private final Size size;
    private final List<Person> persons;
    private final List<Person> planners;
    private final DemoDocuments documents;
    /** Numbered variants of repeated titles ("Angebote prüfen 2"), made once and shared by all items. */
    private final Map<String, List<String>> numberedTitles = new HashMap<>();
    private final Map<String, Integer> projectNames = new HashMap<>();
    /** Where in the current project's team the next assignment goes. */
    private int nextAssignee;

    private DemoProjects(Department department, Random random, LocalDate today, Size size) {
        this.department = department;
        this.random = random;
        this.today = today;
        this.size = size;
        this.persons = department.getPersons();
        this.planners = persons.stream().filter(person -> person.getRole() != Role.MEMBER).toList();
        this.documents = new DemoDocuments(department, random, today);
    }

    /**
     * The demo department's four projects, each of four work packages with three tasks and a milestone, around
     * {@code today}: three under way, one planned.
     */
    static void addHandMade(Department department, Random random, LocalDate today) {
        List<Person> people = department.getPersons();
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        for (int p = 0; p < PROJECTS.length; p++) {
            Project project = FACTORY.createProject();
            project.setKey(PROJECTS[p][0]);
            project.setName(PROJECTS[p][1]);
            project.setGoals(PROJECTS[p][2]);
            project.setStatus(p == 3 ? ProjectStatus.PLANNED : ProjectStatus.ACTIVE);
            project.setOwner(people.get(p % 3));
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
                    task.getAssignees().add(people.get(random.nextInt(people.size())));
                    // this week's tasks (Monday to Friday) are under way, also when the demo starts at a weekend
                    task.setStatus(taskStart.isAfter(today) ? WorkItemStatus.PLANNED
                            : task.getPlannedEnd().isBefore(monday) ? WorkItemStatus.DONE : WorkItemStatus.ACTIVE);
                    workPackage.getChildren().add(task);
                }
                LocalDate due = packageStart.plusWeeks(4).minusDays(3);
                workPackage.getChildren()
                        .add(workItem(packageTitles[0] + " abgeschlossen", WorkItemKind.MILESTONE, due, due));
                packageStart = packageStart.plusWeeks(4);
            }
            DemoDocuments.addHandMade(department, project, p);
            // the next planner stands in for the project's lead
            addMembers(project, List.of(people.get((p + 1) % 3)), Access.MANAGE);
            addMembers(project, assignees(project), Access.EDIT);
        }
    }

    /** Everyone assigned to something in the project, in the order first assigned. */
    private static List<Person> assignees(Project project) {
        Set<Person> assignees = new LinkedHashSet<>();
        project.eAllContents().forEachRemaining(object -> {
            if (object instanceof WorkItem item) {
                assignees.addAll(item.getAssignees());
            }
        });
        return List.copyOf(assignees);
    }

    /** Memberships for the people who have none in the project yet; its owner manages it without one. */
    private static void addMembers(Project project, List<Person> people, Access access) {
        Set<Person> members = new HashSet<>();
        project.getMemberships().forEach(membership -> members.add(membership.getPerson()));
        for (Person person : people) {
            if (person != project.getOwner() && members.add(person)) {
                Membership membership = FACTORY.createMembership();
                membership.setPerson(person);
                membership.setAccess(access);
                project.getMemberships().add(membership);
            }
        }
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

    /**
     * Exactly the size's numbers of projects and work items, the first project the largest, on teams of the
     * department's people; projects that are over, under way and to come, as seen from {@code today}.
     */
    static void generate(Department department, Random random, LocalDate today, Size size) {
        new DemoProjects(department, random, today, size).addProjects();
    }

    private int next(int bound) {
        return random.nextInt(bound);
    }

    private void addProjects() {
        int projects = size.projects();
        int others = projects - 1;
        int rest = size.workItems() - size.largestProjectItems();
        // each project takes persons from a shuffled round, so that everyone is on some team before anyone is on
        // two
        int[] order = shuffledPersons();
        int cursor = 0;
        for (int p = 0; p < projects; p++) {
            int items = p == 0 ? size.largestProjectItems() : rest / others + (p - 1 < rest % others ? 1 : 0);
            int teamSize = teamSize(items);
            int[] team = new int[teamSize];
            for (int t = 0; t < teamSize; t++) {
                team[t] = order[(cursor + t) % order.length];
            }
            cursor = (cursor + teamSize) % order.length;
            addProject(p, items, team);
        }
    }

    private int[] shuffledPersons() {
        int[] order = new int[persons.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = next(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** About one person per 25 items, and at least the project's share of all persons, so that all get work. */
    private int teamSize(int items) {
        long share = ((long) size.persons() * items + size.workItems() - 1) / size.workItems();
        long wanted = Math.max(2, Math.max((items + 24) / 25, share));
        return (int) Math.min(persons.size(), wanted);
    }

    private void addProject(int index, int items, int[] team) {
        Theme theme = THEMES[index % THEMES.length];
        Project project = FACTORY.createProject();
        project.setKey(String.format(Locale.ROOT, "%s-%03d", theme.prefix(), index + 1));
        project.setName(projectName(theme));
        project.setGoals(theme.goals()[next(theme.goals().length)]);
        project.setOwner(planners.get(index % planners.size()));
        // the first and largest project is under way; the others began up to fourteen months ago or begin within
        // the next three
        LocalDate start = weekday(index == 0 ? today.minusDays(300) : today.minusDays(420 - next(510)));
        project.setStart(start);
        department.getProjects().add(project);

        List<Integer> budgets = packageBudgets(items);
        // the packages begin one after the other within the span and overlap, the more the more there are
        int span = 120 + next(600);
        nextAssignee = next(team.length);
        LocalDate end = start;
        for (int k = 0; k < budgets.size(); k++) {
            LocalDate packageStart = weekday(start.plusDays((long) k * span / budgets.size()));
            WorkItem workPackage = addPackage(project, k, budgets.get(k), packageStart, team);
            if (workPackage.getPlannedEnd().isAfter(end)) {
                end = workPackage.getPlannedEnd();
            }
        }
        project.setEnd(end);
        project.setStatus(end.isBefore(today) ? (next(3) == 0 ? ProjectStatus.ARCHIVED : ProjectStatus.COMPLETED)
                : start.isAfter(today) ? (next(4) == 0 ? ProjectStatus.DRAFT : ProjectStatus.PLANNED)
                        : ProjectStatus.ACTIVE);
        documents.add(project, index % THEMES.length);
        addMembers(project, assignees(project), Access.EDIT);
    }

    /** Measure and object of the theme; a name given before gets the next construction phase's number. */
    private String projectName(Theme theme) {
        String name = theme.measures()[next(theme.measures().length)] + " "
                + theme.objects()[next(theme.objects().length)];
        int seen = projectNames.merge(name, 1, Integer::sum);
        return seen == 1 ? name : name + ", Abschnitt " + seen;
    }

    /** Items per work package, the package itself included: 6 to 35, the last one taking a short rest. */
    private List<Integer> packageBudgets(int items) {
        List<Integer> budgets = new ArrayList<>();
        int left = items;
        while (left > 0) {
            int budget = 6 + next(30);
            if (left - budget < 3) {
                budget = left;
            }
            budgets.add(budget);
            left -= budget;
        }
        return budgets;
    }

    /**
     * A work package with {@code budget} items in all: the package, its tasks one after the other (some with
     * subtasks, many waiting for the one before), and a milestone when it is done. A budget of one or two
     * leaves out the tasks, of one also the milestone.
     */
    private WorkItem addPackage(Project project, int index, int budget, LocalDate start, int[] team) {
        String[] phase = PHASES[index % PHASES.length];
        int round = index / PHASES.length;
        WorkItem workPackage = FACTORY.createWorkItem();
        workPackage.setTitle(numbered(phase[0], round));
        workPackage.setKind(WorkItemKind.WORK_PACKAGE);
        project.getWorkItems().add(workPackage);

        int taskItems = Math.max(0, budget - 2);
        LocalDate taskStart = start;
        LocalDate lastEnd = start.plusDays(14);
        double planned = 0;
        double remaining = 0;
        WorkItem previous = null;
        int taskNumber = 0;
        while (taskItems > 0) {
            // a task with subtasks has two or more of them
            int subtasks = taskItems >= 3 && next(4) == 0 ? Math.min(taskItems - 1, 2 + next(3)) : 0;
            taskItems -= 1 + subtasks;
            int titles = phase.length - 1;
            String title = numbered(phase[1 + taskNumber % titles], taskNumber / titles);
            LocalDate taskEnd = weekdayBack(taskStart.plusDays(next(10)), taskStart);
            WorkItem task = task(title, taskStart, taskEnd);
            if (subtasks == 0) {
                leaf(task, 4.0 * (1 + next(16)), nextAssignee(team));
            } else {
                addSubtasks(task, subtasks, team);
            }
            if (previous != null && next(10) < 7) {
                Dependency dependency = FACTORY.createDependency();
                dependency.setPredecessor(previous);
                dependency.setType(DependencyType.FS);
                task.getDependencies().add(dependency);
            }
            if (next(7) == 0) {
                task.setDeadline(taskEnd.plusDays(next(10)));
            }
            workPackage.getChildren().add(task);
            planned += task.getPlannedEffort();
            remaining += task.getRemainingEffort();
            previous = task;
            lastEnd = taskEnd;
            taskStart = weekday(taskEnd.plusDays(1 + next(3)));
            taskNumber++;
        }
        workPackage.setPlannedStart(start);
        workPackage.setPlannedEnd(lastEnd);
        workPackage.setPlannedEffort(planned);
        workPackage.setRemainingEffort(remaining);
        workPackage.setStatus(status(start, lastEnd, false));
        if (budget >= 2) {
            WorkItem milestone = FACTORY.createWorkItem();
            milestone.setTitle(numbered(phase[0] + " abgeschlossen", round));
            milestone.setKind(WorkItemKind.MILESTONE);
            milestone.setPlannedStart(lastEnd);
            milestone.setPlannedEnd(lastEnd);
            milestone.setStatus(lastEnd.isBefore(today) ? WorkItemStatus.DONE : WorkItemStatus.PLANNED);
            workPackage.getChildren().add(milestone);
        }
        return workPackage;
    }

    /** Splits the task's period among its subtasks in turn; the task's effort is theirs together. */
    private void addSubtasks(WorkItem task, int count, int[] team) {
        LocalDate start = task.getPlannedStart();
        long days = task.getPlannedEnd().toEpochDay() - start.toEpochDay() + 1;
        int offset = next(SUBTASKS.length);
        double planned = 0;
        double remaining = 0;
        for (int s = 0; s < count; s++) {
            LocalDate subStart = start.plusDays(s * days / count);
            LocalDate subEnd = start.plusDays(Math.max(s * days / count, (s + 1) * days / count - 1));
            WorkItem subtask = task(SUBTASKS[(offset + s) % SUBTASKS.length], subStart, subEnd);
            leaf(subtask, 2.0 * (1 + next(12)), nextAssignee(team));
            task.getChildren().add(subtask);
            planned += subtask.getPlannedEffort();
            remaining += subtask.getRemainingEffort();
        }
        task.getAssignees().add(task.getChildren().get(0).getAssignees().get(0));
        task.setPlannedEffort(planned);
        task.setRemainingEffort(remaining);
    }

    /** The team takes turns, so that every member of a team gets work once the project has tasks enough. */
    private int nextAssignee(int[] team) {
        int person = team[nextAssignee];
        nextAssignee = (nextAssignee + 1) % team.length;
        return person;
    }

    private WorkItem task(String title, LocalDate start, LocalDate end) {
        WorkItem task = FACTORY.createWorkItem();
        task.setTitle(title);
        task.setKind(WorkItemKind.TASK);
        task.setPlannedStart(start);
        task.setPlannedEnd(end);
        task.setStatus(status(start, end, true));
        int priority = next(20);
        task.setPriority(priority == 0 ? Priority.URGENT
                : priority < 4 ? Priority.HIGH : priority < 6 ? Priority.LOW : Priority.NORMAL);
        return task;
    }

    /** A task without subtasks: its effort, what is left of it, who does it and what that needs. */
    private void leaf(WorkItem task, double effort, int personIndex) {
        task.setPlannedEffort(effort);
        task.setRemainingEffort(remaining(task, effort));
        Person person = persons.get(personIndex);
        task.getAssignees().add(person);
        if (next(10) == 0 && persons.size() > 1) {
            int second = next(persons.size());
            if (second != personIndex) {
                task.getAssignees().add(persons.get(second));
            }
        }
        // a required qualification is one the assignee has, so that the assignment stays sound
        if (next(4) == 0) {
            List<Qualification> skills = person.getQualifications();
            task.getRequiredQualifications().add(skills.get(next(skills.size())));
        }
    }

    private double remaining(WorkItem task, double effort) {
        switch (task.getStatus()) {
            case DONE, CANCELLED:
                return 0;
            case PLANNED:
                return effort;
            default:
                long days = task.getPlannedEnd().toEpochDay() - task.getPlannedStart().toEpochDay() + 1;
                long left = task.getPlannedEnd().toEpochDay() - today.toEpochDay() + 1;
                return Math.round(effort * Math.max(1, left) / days * 2) / 2.0;
        }
    }

    private WorkItemStatus status(LocalDate start, LocalDate end, boolean task) {
        if (end.isBefore(today)) {
            return task && next(30) == 0 ? WorkItemStatus.CANCELLED : WorkItemStatus.DONE;
        }
        if (start.isAfter(today)) {
            return WorkItemStatus.PLANNED;
        }
        if (!task) {
            return WorkItemStatus.ACTIVE;
        }
        int pick = next(20);
        return pick == 0 ? WorkItemStatus.PAUSED
                : pick < 4 && end.toEpochDay() - today.toEpochDay() <= 2 ? WorkItemStatus.REVIEW
                        : WorkItemStatus.ACTIVE;
    }

    /** The title as it is for the first round, numbered from 2 on for the repetitions. */
    private String numbered(String title, int round) {
        if (round == 0) {
            return title;
        }
        List<String> variants = numberedTitles.computeIfAbsent(title, t -> new ArrayList<>());
        while (variants.size() < round) {
            variants.add(title + " " + (variants.size() + 2));
        }
        return variants.get(round - 1);
    }

    /** The day itself if it is a weekday, else the Monday after. */
    private static LocalDate weekday(LocalDate day) {
        int dayOfWeek = day.getDayOfWeek().getValue();
        return dayOfWeek < 6 ? day : day.plusDays(8L - dayOfWeek);
    }

    /** The day itself if it is a weekday, else the Friday before, but not before {@code earliest}. */
    private static LocalDate weekdayBack(LocalDate day, LocalDate earliest) {
        int dayOfWeek = day.getDayOfWeek().getValue();
        LocalDate result = dayOfWeek < 6 ? day : day.minusDays(dayOfWeek - 5L);
        return result.isBefore(earliest) ? earliest : result;
    }
}
