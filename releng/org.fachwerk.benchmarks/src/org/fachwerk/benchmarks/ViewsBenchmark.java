package org.fachwerk.benchmarks;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.demo.DemoDepartment;
import org.fachwerk.documents.core.DocumentRights;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Department;
import org.fachwerk.model.Person;
import org.fachwerk.model.Role;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.projects.core.ActualEffort;
import org.fachwerk.projects.core.BookedTasks;
import org.fachwerk.projects.core.ProjectRights;
import org.fachwerk.projects.core.Deadlines;
import org.fachwerk.projects.core.Workload;
import org.fachwerk.timelog.core.Reports;
import org.fachwerk.store.Query;
import org.fachwerk.store.ReadRule;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.UnitOfWork;
import org.fachwerk.store.h2.internal.H2StoreService;
import org.fachwerk.timelog.core.BookingRights;
import org.fachwerk.timelog.core.WeekSheet;

/**
 * What the views compute when they refresh, on the benchmark department (200 projects, 100,000 work items, 500
 * persons, 1,000,000 bookings) as a workbench has it: stored in a new H2 file database in the directory given, then
 * loaded. Each against one pass over all bookings, the least a view that looks at bookings can do without an index.
 * Run it with {@code ./benchmarks views}.
 */
public final class ViewsBenchmark {

    private static final LocalDate TODAY = StoreBenchmark.TODAY;
    private static final int WARM_UP = 3;
    private static final int RUNS = 9;

    private final Department department;

    private ViewsBenchmark(Department department) {
        this.department = department;
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        StoreBenchmark.generateAndStore(directory, DemoDepartment.Size.BENCHMARK);
        // a freshly generated department shares its dates and sits compactly in memory; a loaded one does not
        H2StoreService service = StoreBenchmark.storeService();
        try (Store store = service.open(StoreLocation.embedded(directory))) {
            long start = System.nanoTime();
            Department department = store.begin("benchmark").loadDepartments().get(0);
            System.out.printf(Locale.ROOT, "loaded in %.1f s: %d bookings%n", (System.nanoTime() - start) / 1e9,
                    department.getTimeEntries().size());
            ViewsBenchmark views = new ViewsBenchmark(department);
            views.run();
            views.workingSet(service, store);
        }
    }

    /**
     * The same views as a planner's workbench computes them on its working set (the default): with the modules' read
     * rules as in the products, the department without its bookings, a person's week loaded when it is shown, and
     * booked hours from the store's kept sum; each against the same computation on the whole department above.
     */
    private void workingSet(H2StoreService service, Store store) throws Exception {
        List<ReadRule> rules = List.of(new ProjectRights(), new BookingRights(), new DocumentRights());
        rules.forEach(service::restrict);
        service.keep(new BookedTasks()); // built here from the stored bookings, as at the workbench's first start
        String planner = store.begin("benchmark").query(Query.of(Person.class)
                .where(FachwerkPackage.Literals.PERSON__ROLE, Role.PLANNER)).get(0).getLogin();
        UnitOfWork work = store.begin(planner);
        Department set = work.loadDepartments(DepartmentSession.ON_DEMAND).get(0);
        // outside OSGi no extension registers EMF's plain resources, in which the session keeps its department
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().putIfAbsent("*", new ResourceFactoryImpl());
        // the session is not closed: that would close the store, which main closes
        DepartmentSession session = DepartmentSession.open(store, store.begin(planner), () -> null, true);
        Person person = department.getPersons().get(0);
        Person personInSet = session.department().getPersons().get(0);
        LocalDate monday = TODAY.with(DayOfWeek.MONDAY);
        LocalDate[] week = { monday };
        System.out.println();
        System.out.println("| as a planner's working set | the whole department | working set | ratio | target |");
        System.out.println("|---|---|---|---|---|");
        row("explorer: booked hours of every work item, from the kept sum vs from the bookings", "booked hours from"
                + " the store's sums", () -> ActualEffort.of(department), () -> ActualEffort.kept(set, work));
        row("week sheet: one person's week, loaded when shown (another week each time)", "<= 50 ms",
                () -> WeekSheet.of(person, monday, Locale.GERMANY), () -> {
                    week[0] = week[0].minusWeeks(1);
                    session.loadBookings(personInSet, week[0], week[0].plusDays(6));
                    return WeekSheet.of(personInSet, week[0], Locale.GERMANY);
                });
        row("workload: 12 weeks of every person, booked tasks from the kept sum", "<= 300 ms",
                () -> Workload.of(department, monday, monday.plusWeeks(11), Workload::calendar,
                        ActualEffort.of(department)),
                () -> Workload.of(set, monday, monday.plusWeeks(11), Workload::calendar, ActualEffort.kept(set, work)));
        rules.forEach(service::unrestrict);
    }

    /** Measures both alternately, and prints the medians. */
    private static void row(String name, String target, Callable<Object> whole, Callable<Object> set)
            throws Exception {
        double[] medians = medians(whole, set);
        System.out.printf(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.2fx | %s |%n", name, medians[0], medians[1],
                medians[1] / medians[0], target);
    }

    private void run() throws Exception {
        Person person = department.getPersons().get(0);
        LocalDate monday = TODAY.with(DayOfWeek.MONDAY);
        YearMonth month = YearMonth.from(TODAY).minusMonths(1);
        System.out.println();
        System.out.println("| what the view computes | one pass over the bookings | Fachwerk | ratio |");
        System.out.println("|---|---|---|---|");
        row("explorer: booked hours of every work item (`ActualEffort.of`)", () -> ActualEffort.of(department));
        row("week sheet: one person's week (`WeekSheet.of`)", () -> WeekSheet.of(person, monday, Locale.GERMANY));
        row("reports: one person's month (`Reports.timesheet`)",
                () -> Reports.timesheet(person, month, Locale.GERMANY));
        row("reports: hours per project in a month (`Reports.hoursPerProject`)",
                () -> Reports.hoursPerProject(department, month.atDay(1), month.atEndOfMonth()));
        row("reports: hours by location in a year (`Reports.hoursByLocation`)",
                () -> Reports.hoursByLocation(department, TODAY.getYear(), Locale.GERMANY));
        row("workload: 12 weeks of every person (`Workload.of`)",
                () -> Workload.of(department, monday, monday.plusWeeks(11), Workload::calendar,
                        ActualEffort.of(department)));
        row("deadlines: every open item with a deadline (`Deadlines.of`)",
                () -> Deadlines.of(department, TODAY, Workload::calendar, ActualEffort.of(department)));
    }

    /** Measures the computation and one pass over the bookings alternately, and prints the medians. */
    private void row(String name, Callable<Object> computation) throws Exception {
        Callable<Object> onePass = () -> {
            long minutes = 0;
            for (TimeEntry entry : department.getTimeEntries()) {
                minutes += entry.getDurationMinutes();
            }
            return minutes;
        };
        double[] medians = medians(onePass, computation);
        System.out.printf(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1fx |%n", name, medians[0], medians[1],
                medians[1] / medians[0]);
    }

    /** The medians of the baseline's and the computation's times, run alternately after a warm-up. */
    private static double[] medians(Callable<Object> baseline, Callable<Object> computation) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            baseline.call();
            computation.call();
        }
        double[] base = new double[RUNS];
        double[] took = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            base[i] = millis(baseline);
            took[i] = millis(computation);
        }
        return new double[] { StoreBenchmark.median(base), StoreBenchmark.median(took) };
    }

    private static double millis(Callable<Object> computation) throws Exception {
        long start = System.nanoTime();
        computation.call();
        return (System.nanoTime() - start) / 1e6;
    }
}
