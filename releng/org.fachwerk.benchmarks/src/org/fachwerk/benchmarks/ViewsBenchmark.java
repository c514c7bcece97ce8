package org.fachwerk.benchmarks;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.fachwerk.demo.DemoDepartment;
import org.fachwerk.model.Department;
import org.fachwerk.model.Person;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.projects.core.ActualEffort;
import org.fachwerk.projects.core.Deadlines;
import org.fachwerk.projects.core.Workload;
import org.fachwerk.timelog.core.Reports;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreLocation;
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
        try (Store store = StoreBenchmark.storeService().open(StoreLocation.embedded(directory))) {
            long start = System.nanoTime();
            Department department = store.begin("benchmark").loadDepartments().get(0);
            System.out.printf(Locale.ROOT, "loaded in %.1f s: %d bookings%n", (System.nanoTime() - start) / 1e9,
                    department.getTimeEntries().size());
            new ViewsBenchmark(department).run();
        }
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
                () -> Workload.of(department, monday, monday.plusWeeks(11), Workload::calendar));
        row("deadlines: every open item with a deadline (`Deadlines.of`)",
                () -> Deadlines.of(department, TODAY, Workload::calendar));
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
        for (int i = 0; i < WARM_UP; i++) {
            onePass.call();
            computation.call();
        }
        double[] baseline = new double[RUNS];
        double[] took = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            baseline[i] = millis(onePass);
            took[i] = millis(computation);
        }
        double b = StoreBenchmark.median(baseline);
        double t = StoreBenchmark.median(took);
        System.out.printf(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1fx |%n", name, b, t, t / b);
    }

    private static double millis(Callable<Object> computation) throws Exception {
        long start = System.nanoTime();
        computation.call();
        return (System.nanoTime() - start) / 1e6;
    }
}
