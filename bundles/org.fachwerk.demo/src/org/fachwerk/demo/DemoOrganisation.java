package org.fachwerk.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FederalState;
import org.fachwerk.model.Person;
import org.fachwerk.model.Qualification;
import org.fachwerk.model.Role;
import org.fachwerk.model.WorkingTimeLaw;
import org.fachwerk.model.WorkingTimeRuleSet;

/**
 * The department and its people: the eight of the demo department, or as many as a size asks for, with names,
 * logins, weekly hours, roles, qualifications and the working-time rules they work under.
 */
final class DemoOrganisation {

    private static final FachwerkFactory FACTORY = FachwerkFactory.eINSTANCE;

    private static final String DEPARTMENT_NAME = "Fachbereich Planen und Bauen";
    private static final String AUTHORITY = "Stadt Musterstadt";

    private static final String[][] PEOPLE = { { "akoch", "Anna", "Koch" }, { "bschulz", "Bernd", "Schulz" },
            { "cwagner", "Carla", "Wagner" }, { "dbecker", "Deniz", "Becker" }, { "ehoffmann", "Eva", "Hoffmann" },
            { "fyilmaz", "Fatma", "Yilmaz" }, { "gwolf", "Georg", "Wolf" }, { "hneumann", "Hanna", "Neumann" } };

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

    private final Department department;
    private final Random random;

    private DemoOrganisation(Department department, Random random) {
        this.department = department;
        this.random = random;
    }

    /** The department itself, still without people. */
    static Department department() {
        Department department = FACTORY.createDepartment();
        department.setName(DEPARTMENT_NAME);
        department.setAuthority(AUTHORITY);
        department.setFederalState(FederalState.NW);
        return department;
    }

    /** The demo department's eight people: an administrator, two planners, five members. */
    static void addHandMade(Department department) {
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
    }

    /** The department's qualifications and {@code count} people with some of them. */
    static void generate(Department department, Random random, int count) {
        DemoOrganisation organisation = new DemoOrganisation(department, random);
        organisation.addQualifications();
        organisation.addPersons(count);
    }

    private int next(int bound) {
        return random.nextInt(bound);
    }

    private void addQualifications() {
        for (String[] entry : QUALIFICATIONS) {
            Qualification qualification = FACTORY.createQualification();
            qualification.setName(entry[0]);
            qualification.setDescription(entry[1]);
            department.getQualifications().add(qualification);
        }
    }

    private void addPersons(int count) {
        WorkingTimeRuleSet employees = ruleSet("Tarifbeschäftigte (ArbZG)", WorkingTimeLaw.ARBZG, 39.0, 10.0);
        WorkingTimeRuleSet officials = ruleSet("Beamtinnen und Beamte (AZV)", WorkingTimeLaw.AZV, 41.0, 13.0);
        List<Qualification> qualifications = department.getQualifications();
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
}
