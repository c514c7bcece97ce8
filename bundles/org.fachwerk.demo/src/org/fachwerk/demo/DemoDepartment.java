package org.fachwerk.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import org.fachwerk.model.ApprovalState;
import org.fachwerk.model.Department;
import org.fachwerk.model.Dependency;
import org.fachwerk.model.DependencyType;
import org.fachwerk.model.Document;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FederalState;
import org.fachwerk.model.Person;
import org.fachwerk.model.Priority;
import org.fachwerk.model.Project;
import org.fachwerk.model.ProjectStatus;
import org.fachwerk.model.Qualification;
import org.fachwerk.model.Role;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemKind;
import org.fachwerk.model.WorkItemStatus;
import org.fachwerk.model.WorkLocation;
import org.fachwerk.model.WorkingTimeLaw;
import org.fachwerk.model.WorkingTimeRuleSet;

/**
 * Departments with people, projects, bookings and documents: a small one so that a new workbench has something to
 * show, and departments of any {@link Size} to measure the store and the views with. The same seed, date and size
 * always give the same department.
 */
public final class DemoDepartment {

    /**
     * How much a generated department holds. Every count is exact, except that {@link #SMALL} stands for the
     * hand-made demo department, whose number of bookings depends on the weekday (see there).
     *
     * @param projects            the number of projects
     * @param workItems           the number of work items of all projects together, at any depth
     * @param persons             the number of persons
     * @param timeEntries         the number of bookings, spread over the working days of the year before today
     * @param largestProjectItems the number of work items of the first project, the largest one
     */
    public record Size(int projects, int workItems, int persons, int timeEntries, int largestProjectItems) {

        /**
         * Bookings one person may get on one day at most; with the shortest working day of the generator (16
         * quarter hours) every booking still lasts a quarter of an hour or more.
         */
        public static final int MAX_ENTRIES_PER_PERSON_AND_DAY = 16;

        /** Weekdays in any span of 365 days (52 full weeks and one day); a leap year's span has as many or more. */
        static final int MIN_WORKING_DAYS_PER_YEAR = 260;

        /**
         * The hand-made demo department that {@link DemoDepartment#create(long, LocalDate)} gives: 4 projects of 20
         * work items each (4 work packages with 3 tasks and a milestone), 8 persons. It books one entry per person and
         * working day from Monday of last week up to yesterday, which is 40 entries on a Monday and 80 from Saturday
         * on; {@code timeEntries} is that maximum.
         */
        public static final Size SMALL = new Size(4, 80, 8, 80, 20);

        /** A department far larger than any real one, to find out where the store and the views stop being fast. */
        public static final Size BENCHMARK = new Size(200, 100_000, 500, 1_000_000, 5_000);

        /**
         * @throws IllegalArgumentException when a count is not positive, the first project cannot be the largest
         *                                  one, a project would be left without work items, or the bookings do not
         *                                  fit into the persons' working days
         */
        public Size {
            positive("projects", projects);
            positive("workItems", workItems);
            positive("persons", persons);
            positive("timeEntries", timeEntries);
            positive("largestProjectItems", largestProjectItems);
            if (largestProjectItems > workItems) {
                throw new IllegalArgumentException("largestProjectItems (" + largestProjectItems
                        + ") must not exceed workItems (" + workItems + ")");
            }
            int rest = workItems - largestProjectItems;
            int others = projects - 1;
            if (others == 0 && rest > 0) {
                throw new IllegalArgumentException("a single project must hold all " + workItems
                        + " work items, but largestProjectItems is " + largestProjectItems);
            }
            if (rest < others) {
                throw new IllegalArgumentException("every project after the first needs at least one work item, but"
                        + " only " + rest + " of the " + workItems + " work items are left for the other " + others);
            }
            if ((long) others * largestProjectItems < rest) {
                throw new IllegalArgumentException("the first project must be the largest, but the other " + rest
                        + " work items do not fit into " + others + " projects of at most " + largestProjectItems
                        + " items each");
            }
            long capacity = (long) persons * MIN_WORKING_DAYS_PER_YEAR * MAX_ENTRIES_PER_PERSON_AND_DAY;
            if (timeEntries > capacity) {
                throw new IllegalArgumentException(timeEntries + " time entries do not fit into a year of working days"
                        + " of " + persons + " person(s) at " + MAX_ENTRIES_PER_PERSON_AND_DAY
                        + " bookings a day; at most " + capacity);
            }
        }

        private static void positive(String name, int value) {
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be positive, but is " + value);
            }
        }
    }

    private static final FachwerkFactory FACTORY = FachwerkFactory.eINSTANCE;

    private static final String DEPARTMENT_NAME = "Fachbereich Planen und Bauen";
    private static final String AUTHORITY = "Stadt Musterstadt";

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

    /** The small demo department as of {@code today}; the same as {@code create(seed, today, Size.SMALL)}. */
    public static Department create(long seed, LocalDate today) {
        return create(seed, today, Size.SMALL);
    }

    /**
     * A department of the given size as of {@code today}: {@link Size#SMALL} gives the hand-made demo department,
     * any other size a generated one with exactly the counts of the size. Every department passes the model's
     * validation.
     */
    public static Department create(long seed, LocalDate today, Size size) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(size, "size");
        if (size.equals(Size.SMALL)) {
            return createSmall(seed, today);
        }
        return new Generator(seed, today, size).generate();
    }

    // ===== the hand-made demo department; UI tests rely on its exact content, so it keeps its own code =====

    private static Department createSmall(long seed, LocalDate today) {
        Random random = new Random(seed);
        Department department = FACTORY.createDepartment();
        department.setName(DEPARTMENT_NAME);
        department.setAuthority(AUTHORITY);
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

    // ===== word lists of the generated departments =====

    private static final String[] FIRST_NAMES = { "Anna", "Bernd", "Carla", "Deniz", "Eva", "Fatma", "Georg", "Hanna",
            "Ingrid", "Jan", "Katrin", "Lukas", "Maria", "Niklas", "Olga", "Peter", "Rita", "Stefan", "Tanja", "Uwe",
            "Vera", "Werner", "Yvonne", "Andreas", "Birgit", "Christian", "Doris", "Elke", "Frank", "Gabriele",
            "Heike", "Jürgen", "Klaus", "Leonie", "Michael", "Nicole", "Oliver", "Petra", "Ralf", "Sabine", "Thomas",
            "Ulrike", "Volker", "Wolfgang", "Jessica", "Mehmet", "Sophie", "Tobias", "Julia", "Matthias", "Sandra",
            "Dirk", "Monika", "Emre", "Lea", "Kerstin", "Marco", "Susanne", "Timo", "Annette" };

    private static final String[] LAST_NAMES = { "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer",
            "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf",
            "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange",
            "Schmitt", "Werner", "Schmitz", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler",
            "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller",
            "Weiß", "Jung", "Hahn", "Vogel", "Friedrich", "Keller", "Günther", "Frank", "Berger", "Winkler", "Roth",
            "Beck", "Lorenz", "Yilmaz", "Kaya", "Nowak" };

    private static final String[][] QUALIFICATIONS = {
            { "Vergaberecht", "Ausschreibungen nach VgV, UVgO und VOB/A vorbereiten und durchführen" },
            { "Tiefbau", "Straßen, Brücken und Kanäle planen und Baustellen überwachen" },
            { "Hochbau", "Gebäude planen, ausschreiben und Bauleitung übernehmen" },
            { "Haushalt", "Haushaltsmittel anmelden, bewirtschaften und abrechnen" },
            { "GIS", "Geodaten erfassen, pflegen und Karten erstellen" },
            { "Datenschutz", "Verarbeitungen nach DSGVO bewerten und dokumentieren" },
            { "Bauordnungsrecht", "Bauanträge und Stellungnahmen nach Landesbauordnung prüfen" },
            { "Fördermittel", "Förderanträge stellen und Verwendungsnachweise führen" },
            { "Projektleitung", "Projekte planen, steuern und berichten" },
            { "Denkmalschutz", "Vorhaben an Baudenkmälern abstimmen" },
            { "Umweltrecht", "Naturschutz-, Wasser- und Immissionsschutzrecht anwenden" },
            { "IT-Verfahren", "Fachverfahren einführen und betreuen" },
            { "Öffentlichkeitsarbeit", "Bürgerinnen und Bürger informieren und beteiligen" },
            { "Arbeitssicherheit", "Gefährdungen beurteilen und Baustellen sicher koordinieren" } };

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

    /** Document title, file name extension and media type. */
    private static final String[][] DOCUMENTS = { { "Projektauftrag", "pdf", "application/pdf" },
            { "Protokoll Auftaktbesprechung", "docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
            { "Kostenschätzung", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
            { "Lageplan", "pdf", "application/pdf" }, { "Vergabevermerk", "pdf", "application/pdf" } };

    private static final String WITHOUT_TASK = "Allgemeine Verwaltung";

    /** A quarter of an hour is the unit of the generated bookings. */
    private static final int SLOT_MINUTES = 15;

    /** Every quarter hour of a day; the bookings share these instead of holding a million times of their own. */
    private static final LocalTime[] SLOT_TIMES = new LocalTime[24 * 60 / SLOT_MINUTES];

    static {
        for (int i = 0; i < SLOT_TIMES.length; i++) {
            SLOT_TIMES[i] = LocalTime.of(i * SLOT_MINUTES / 60, i * SLOT_MINUTES % 60);
        }
    }

    /** Working days begin between 6:30 and 9:00. */
    private static final int FIRST_START_SLOT = 26;
    private static final int START_SLOT_CHOICES = 11;

    /**
     * Builds one generated department. All randomness comes from one {@link Random} drawn in a fixed order, and
     * nothing iterates over a hash-ordered collection, so that equal inputs give equal departments.
     */
    private static final class Generator {

        private final Random random;
        private final LocalDate today;
        private final Size size;
        private final Department department = FACTORY.createDepartment();
        private final List<Qualification> qualifications = new ArrayList<>();
        private Person[] persons;
        /** Quarter hours a person is at work on a day, a break included; from the weekly capacity. */
        private int[] dailySlots;
        private final List<Person> planners = new ArrayList<>();
        /** The leaf tasks each person is assigned to, by the person's index; what the person books on. */
        private List<List<WorkItem>> ownTasks;
        /** Numbered variants of repeated titles ("Angebote prüfen 2"), made once and shared by all items. */
        private final Map<String, List<String>> numberedTitles = new HashMap<>();
        private final Map<String, Integer> projectNames = new HashMap<>();
        /** Where in the current project's team the next assignment goes. */
        private int nextAssignee;
        private int documentNumber;

        Generator(long seed, LocalDate today, Size size) {
            this.random = new Random(seed);
            this.today = today;
            this.size = size;
        }

        Department generate() {
            department.setName(DEPARTMENT_NAME);
            department.setAuthority(AUTHORITY);
            department.setFederalState(FederalState.NW);
            addQualifications();
            addPersons();
            addProjects();
            addBookings();
            return department;
        }

        private int next(int bound) {
            return random.nextInt(bound);
        }

        private void addQualifications() {
            for (String[] entry : QUALIFICATIONS) {
                Qualification qualification = FACTORY.createQualification();
                qualification.setName(entry[0]);
                qualification.setDescription(entry[1]);
                qualifications.add(qualification);
                department.getQualifications().add(qualification);
            }
        }

        private void addPersons() {
            WorkingTimeRuleSet employees = ruleSet("Tarifbeschäftigte (ArbZG)", WorkingTimeLaw.ARBZG, 39.0, 10.0);
            WorkingTimeRuleSet officials = ruleSet("Beamtinnen und Beamte (AZV)", WorkingTimeLaw.AZV, 41.0, 13.0);
            int count = size.persons();
            persons = new Person[count];
            dailySlots = new int[count];
            ownTasks = new ArrayList<>(count);
            Set<String> logins = new HashSet<>();
            for (int i = 0; i < count; i++) {
                String firstName = FIRST_NAMES[next(FIRST_NAMES.length)];
                String lastName = LAST_NAMES[next(LAST_NAMES.length)];
                Person person = FACTORY.createPerson();
                person.setLogin(uniqueLogin(firstName, lastName, logins));
                person.setFirstName(firstName);
                person.setLastName(lastName);
                person.setFederalState(FederalState.NW);
                int kind = next(10);
                double capacity = kind < 4 ? 41.0 : kind < 8 ? 39.0 : kind < 9 ? 30.0 : 19.5;
                person.setWeeklyCapacity(capacity);
                person.setRuleSet(capacity == 41.0 ? officials : employees);
                person.setRole(i == 0 ? Role.ADMIN : i % 12 == 1 ? Role.PLANNER : Role.MEMBER);
                int skills = 1 + next(3);
                for (int s = 0; s < skills; s++) {
                    Qualification qualification = qualifications.get(next(qualifications.size()));
                    if (!person.getQualifications().contains(qualification)) {
                        person.getQualifications().add(qualification);
                    }
                }
                if (person.getRole() != Role.MEMBER) {
                    planners.add(person);
                }
                // a fifth of the weekly hours a day, plus half an hour of break
                dailySlots[i] = (int) Math.round(capacity / 5 * 60 / SLOT_MINUTES) + 2;
                persons[i] = person;
                ownTasks.add(new ArrayList<>());
                department.getPersons().add(person);
            }
        }

        private WorkingTimeRuleSet ruleSet(String name, WorkingTimeLaw law, double weeklyHours, double maxDailyHours) {
            WorkingTimeRuleSet rules = FACTORY.createWorkingTimeRuleSet();
            rules.setName(name);
            rules.setLaw(law);
            rules.setWeeklyHours(weeklyHours);
            rules.setMaxDailyHours(maxDailyHours);
            rules.setMinRestHours(11.0);
            department.getRuleSets().add(rules);
            return rules;
        }

        /** First letter and last name in ASCII, numbered from 2 on when taken: "mmueller", "mmueller2". */
        private static String uniqueLogin(String firstName, String lastName, Set<String> taken) {
            String base = ascii(firstName.substring(0, 1) + lastName);
            String login = base;
            for (int n = 2; !taken.add(login); n++) {
                login = base + n;
            }
            return login;
        }

        private static String ascii(String name) {
            StringBuilder result = new StringBuilder(name.length() + 2);
            for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
                switch (c) {
                    case 'ä' -> result.append("ae");
                    case 'ö' -> result.append("oe");
                    case 'ü' -> result.append("ue");
                    case 'ß' -> result.append("ss");
                    default -> {
                        if (c >= 'a' && c <= 'z') {
                            result.append(c);
                        }
                    }
                }
            }
            return result.toString();
        }

        // ----- projects -----

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
            int[] order = new int[persons.length];
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
            return (int) Math.min(persons.length, wanted);
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
            addDocuments(project, index % THEMES.length);
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
            Person person = persons[personIndex];
            task.getAssignees().add(person);
            ownTasks.get(personIndex).add(task);
            if (next(10) == 0 && persons.length > 1) {
                int second = next(persons.length);
                if (second != personIndex) {
                    task.getAssignees().add(persons[second]);
                    ownTasks.get(second).add(task);
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

        private void addDocuments(Project project, int themeIndex) {
            int count = 2 + next(DOCUMENTS.length - 1);
            for (int d = 0; d < count; d++) {
                String[] kind = DOCUMENTS[d];
                Document document = FACTORY.createDocument();
                document.setTitle(kind[0] + " " + project.getKey());
                LocalDate created = project.getStart().minusDays(14).plusDays(7L * d);
                if (created.isAfter(today)) {
                    created = today;
                }
                documentNumber++;
                document.setFileNumber(String.format(Locale.ROOT, "63.1%d.%02d-%04d/%d", themeIndex, d + 1,
                        documentNumber, created.getYear()));
                document.setFileName(kind[0].replace(' ', '_') + "." + kind[1]);
                document.setMediaType(kind[2]);
                document.setCreated(created);
                document.setProject(project);
                department.getDocuments().add(document);
            }
        }

        // ----- bookings -----

        /**
         * Spreads the bookings evenly over persons and the working days of the year before today. A person's day is
         * one stretch of work cut into as many bookings as the day gets, each on a task of the person that runs that
         * day where there is one.
         */
        private void addBookings() {
            List<LocalDate> days = new ArrayList<>();
            for (LocalDate day = today.minusYears(1); day.isBefore(today); day = day.plusDays(1)) {
                if (day.getDayOfWeek().getValue() < 6) {
                    days.add(day);
                }
            }
            int workingDays = days.size();
            LocalDate[] dates = days.toArray(new LocalDate[0]);
            // months before last are approved, last month is handed in, this month is still open
            LocalDate thisMonth = today.withDayOfMonth(1);
            LocalDate lastMonth = thisMonth.minusMonths(1);
            ApprovalState[] approvals = new ApprovalState[workingDays];
            long[] epochDays = new long[workingDays];
            for (int d = 0; d < workingDays; d++) {
                approvals[d] = dates[d].isBefore(lastMonth) ? ApprovalState.APPROVED
                        : dates[d].isBefore(thisMonth) ? ApprovalState.SUBMITTED : ApprovalState.OPEN;
                epochDays[d] = dates[d].toEpochDay();
            }
            int[] cuts = new int[128];
            List<TimeEntry> entries = department.getTimeEntries();
            int count = persons.length;
            for (int p = 0; p < count; p++) {
                long quota = size.timeEntries() / count + (p < size.timeEntries() % count ? 1 : 0);
                OwnTasks own = new OwnTasks(ownTasks.get(p));
                // the person's days with one booking more than others are spread evenly, from a random first day
                long offset = next(workingDays);
                for (int d = 0; d < workingDays; d++) {
                    int bookings = (int) ((d + 1 + offset) * quota / workingDays - (d + offset) * quota / workingDays);
                    if (bookings > 0) {
                        bookDay(p, bookings, dates[d], epochDays[d], approvals[d], own, cuts, entries);
                    }
                }
            }
        }

        private void bookDay(int personIndex, int bookings, LocalDate date, long epochDay, ApprovalState approval,
                OwnTasks own, int[] cuts, List<TimeEntry> entries) {
            int firstSlot = FIRST_START_SLOT + next(START_SLOT_CHOICES);
            int slots = Math.max(bookings, dailySlots[personIndex] + next(5) - 2);
            // the day's stretch is cut at bookings - 1 distinct quarter hours, drawn from all it has
            int cutCount = bookings - 1;
            for (int i = 0; i < slots - 1; i++) {
                cuts[i] = i + 1;
            }
            for (int i = 0; i < cutCount; i++) {
                int j = i + next(slots - 1 - i);
                int swap = cuts[i];
                cuts[i] = cuts[j];
                cuts[j] = swap;
            }
            Arrays.sort(cuts, 0, cutCount);
            // the longest booking holds the day's break: 30 to 60 minutes after six hours, else now and then 15
            int longest = 0;
            int longestLength = 0;
            for (int b = 0; b < bookings; b++) {
                int length = (b == cutCount ? slots : cuts[b]) - (b == 0 ? 0 : cuts[b - 1]);
                if (length > longestLength) {
                    longest = b;
                    longestLength = length;
                }
            }
            int breakSlots = slots > 24 ? 2 + next(3) : next(3) == 0 ? 1 : 0;
            int breakMinutes = Math.min(breakSlots, longestLength - 1) * SLOT_MINUTES;
            int place = next(20);
            WorkLocation dayLocation = place < 11 ? WorkLocation.OFFICE
                    : place < 19 ? WorkLocation.HOME : WorkLocation.MOBILE;
            Person person = persons[personIndex];
            for (int b = 0; b < bookings; b++) {
                int from = firstSlot + (b == 0 ? 0 : cuts[b - 1]);
                int to = firstSlot + (b == cutCount ? slots : cuts[b]);
                TimeEntry entry = FACTORY.createTimeEntry();
                entry.setPerson(person);
                entry.setDate(date);
                entry.setStart(SLOT_TIMES[from]);
                entry.setEnd(SLOT_TIMES[to]);
                if (b == longest && breakMinutes > 0) {
                    entry.setBreakMinutes(breakMinutes);
                }
                WorkItem task = own.pick(epochDay, random);
                if (task == null) {
                    entry.setComment(WITHOUT_TASK);
                } else {
                    entry.setTask(task);
                }
                // an office day now and then has an appointment on site
                entry.setLocation(dayLocation == WorkLocation.OFFICE && next(12) == 0 ? WorkLocation.MOBILE
                        : dayLocation);
                entry.setApproval(approval);
                entries.add(entry);
            }
        }
    }

    /**
     * A person's tasks in order of their start, with those running on the current day at hand. Days must be asked
     * for in ascending order; then each task enters and leaves the running ones once, so picking costs next to
     * nothing however many tasks a person has.
     */
    private static final class OwnTasks {
        /** How many tasks before or after the day a booking outside all tasks' periods may go to. */
        private static final int NEARBY = 8;

        private final WorkItem[] tasks;
        private final long[] starts;
        private final long[] ends;
        private final int[] running;
        private int runningCount;
        private int nextToStart;

        OwnTasks(List<WorkItem> assigned) {
            tasks = assigned.toArray(new WorkItem[0]);
            Arrays.sort(tasks, Comparator.comparing(WorkItem::getPlannedStart));
            starts = new long[tasks.length];
            ends = new long[tasks.length];
            for (int i = 0; i < tasks.length; i++) {
                starts[i] = tasks[i].getPlannedStart().toEpochDay();
                ends[i] = tasks[i].getPlannedEnd().toEpochDay();
            }
            running = new int[tasks.length];
        }

        /**
         * A task running on the day; else one of the last few that began before it (work left over) or, when none
         * has begun yet, of the first few to come (preparation); null for a person without tasks.
         */
        WorkItem pick(long epochDay, Random random) {
            if (tasks.length == 0) {
                return null;
            }
            while (nextToStart < tasks.length && starts[nextToStart] <= epochDay) {
                running[runningCount++] = nextToStart++;
            }
            while (runningCount > 0) {
                int i = random.nextInt(runningCount);
                if (ends[running[i]] >= epochDay) {
                    return tasks[running[i]];
                }
                // finished for good, since the days only move forward
                running[i] = running[--runningCount];
            }
            if (nextToStart > 0) {
                return tasks[nextToStart - 1 - random.nextInt(Math.min(NEARBY, nextToStart))];
            }
            return tasks[random.nextInt(Math.min(NEARBY, tasks.length))];
        }
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
