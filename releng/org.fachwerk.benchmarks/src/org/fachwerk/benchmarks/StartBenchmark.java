package org.fachwerk.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.fachwerk.demo.DemoDepartment;
import org.fachwerk.model.Department;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.Role;

/**
 * Measures the workbench's start to a usable window, as a person starts it: the installed product ({@code fachwerk
 * --data DIR --user LOGIN}) on the benchmark department as a planner and as a member, against the same product on
 * the small demo department in the same run. Each start runs the product's self-check
 * ({@code -Dfachwerk.selfcheck}), which writes the time from the start of Java to the open window with its parts and
 * the heap the open workbench keeps after a collection, then quits. Run it with {@code ./benchmarks start}.
 */
public final class StartBenchmark {

    private static final int RUNS = 3;

    private final Path installation;
    private final Path work;

    private StartBenchmark(Path installation, Path work) {
        this.installation = installation;
        this.work = work;
    }

    /** @param args the data directory (new or empty) and the installed product's folder */
    public static void main(String[] args) throws Exception {
        new StartBenchmark(Path.of(args[1]), Path.of(args[0])).run();
    }

    /** What one start reports. */
    private record Start(double millis, double heapMegabytes) {
    }

    private void run() throws Exception {
        Path demo = Files.createDirectories(work.resolve("demo"));
        Path benchmark = Files.createDirectories(work.resolve("benchmark"));
        // the demo department's people are the same whatever the day: its first planner and first member
        Department small = DemoDepartment.create(1, StoreBenchmark.TODAY);
        Department large = StoreBenchmark.generateAndStore(benchmark, DemoDepartment.Size.BENCHMARK);
        Map<String, String[]> starts = new LinkedHashMap<>();
        starts.put("demo department as a planner", new String[] { demo.toString(), login(small, Role.PLANNER) });
        starts.put("demo department as a member", new String[] { demo.toString(), login(small, Role.MEMBER) });
        starts.put("benchmark department as a planner", new String[] { benchmark.toString(), login(large, Role.PLANNER) });
        starts.put("benchmark department as a member", new String[] { benchmark.toString(), login(large, Role.MEMBER) });
        small = null;
        large = null;
        // the first start makes the demo department, and builds the sums the import did not keep: not measured
        for (String[] start : starts.values()) {
            start(start[0], start[1]);
        }
        Map<String, List<Start>> measured = new HashMap<>();
        for (int run = 0; run < RUNS; run++) {
            for (Map.Entry<String, String[]> start : starts.entrySet()) {
                Start result = start(start.getValue()[0], start.getValue()[1]);
                System.out.printf(Locale.ROOT, "%s (%s): %.0f ms, %.1f MB%n", start.getKey(), start.getValue()[1],
                        result.millis(), result.heapMegabytes());
                measured.computeIfAbsent(start.getKey(), k -> new ArrayList<>()).add(result);
            }
        }
        System.out.println();
        System.out.println("| measurement | demo department | benchmark department | ratio | target |");
        System.out.println("|---|---|---|---|---|");
        for (String role : List.of("planner", "member")) {
            Start baseline = median(measured.get("demo department as a " + role));
            Start fachwerk = median(measured.get("benchmark department as a " + role));
            System.out.printf(Locale.ROOT, "| start to a usable window as a %s | %,.0f ms | %,.0f ms | %.2fx | %s |%n",
                    role, baseline.millis(), fachwerk.millis(), fachwerk.millis() / baseline.millis(),
                    role.equals("planner") ? "<= 3 s and <= 1.5x" : "<= 2 s and <= 1.5x");
            System.out.printf(Locale.ROOT, "| heap kept after the start as a %s | %.1f MB | %.1f MB | %.2fx | <= 200 MB |%n",
                    role, baseline.heapMegabytes(), fachwerk.heapMegabytes(),
                    fachwerk.heapMegabytes() / baseline.heapMegabytes());
        }
    }

    /**
     * The login of the first person with the role; of a member, the first with memberships in projects, as someone
     * who works in the department would be.
     */
    private static String login(Department department, Role role) {
        for (Person person : department.getPersons()) {
            if (person.getRole() == role && (role != Role.MEMBER || memberships(department, person) > 0)) {
                return person.getLogin();
            }
        }
        throw new IllegalStateException("The department has no " + role);
    }

    private static long memberships(Department department, Person person) {
        long count = 0;
        for (Project project : department.getProjects()) {
            count += project.getMemberships().stream().filter(m -> m.getPerson() == person).count();
        }
        return count;
    }

    /** Starts the product on the data as the person, waits until its self-check has quit it, and reads its report. */
    private Start start(String data, String login) throws IOException, InterruptedException {
        Path report = Files.createTempFile(work, "selfcheck", ".txt");
        Files.delete(report);
        ProcessBuilder builder = new ProcessBuilder(installation.resolve("fachwerk").toString(), "--data", data,
                "--user", login);
        builder.environment().put("HOME", Files.createDirectories(work.resolve("home")).toString());
        builder.environment().put("FACHWERK_JAVA_OPTS", "-Dfachwerk.selfcheck=" + report);
        builder.redirectErrorStream(true).redirectOutput(work.resolve("workbench.log").toFile());
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("The workbench did not quit within 10 minutes: " + work.resolve("workbench.log"));
        }
        if (!Files.exists(report)) {
            throw new IllegalStateException("The workbench wrote no self-check (exit " + process.exitValue() + "): "
                    + Files.readString(work.resolve("workbench.log")));
        }
        double millis = Double.NaN;
        double heap = Double.NaN;
        for (String line : Files.readAllLines(report, StandardCharsets.UTF_8)) {
            String[] words = line.split(" ");
            if (words[0].equals("started")) {
                millis = Double.parseDouble(words[1]);
            } else if (words[0].equals("heap")) {
                heap = Double.parseDouble(words[1]) / 1e6;
            }
        }
        Files.delete(report);
        return new Start(millis, heap);
    }

    private static Start median(List<Start> starts) {
        List<Start> sorted = new ArrayList<>(starts);
        sorted.sort(Comparator.comparingDouble(Start::millis));
        double heap = starts.stream().mapToDouble(Start::heapMegabytes).sorted().toArray()[starts.size() / 2];
        return new Start(sorted.get(sorted.size() / 2).millis(), heap);
    }
}
