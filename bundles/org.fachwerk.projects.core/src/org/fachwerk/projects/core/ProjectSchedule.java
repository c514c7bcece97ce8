package org.fachwerk.projects.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fachwerk.model.Dependency;
import org.fachwerk.model.Project;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemKind;

/**
 * The critical path method applied to a project's work items. The leaves of the structure tree (tasks without
 * subtasks, and milestones) are scheduled: each keeps its length in working days, starts no earlier than its
 * planned start and no earlier than its dependencies allow. Work packages and parent tasks span their children; a
 * dependency on or of one stands for a dependency on or of each leaf below it.
 */
public final class ProjectSchedule {

    /**
     * A work item's planned days. A milestone is due at the end of its day: the day its predecessors finish (or the
     * project's first day).
     */
    public record Dates(LocalDate start, LocalDate end) {
    }

    private final Map<WorkItem, CriticalPath.Times> times;
    private final Map<WorkItem, Dates> dates;
    private final LocalDate end;

    private ProjectSchedule(Map<WorkItem, CriticalPath.Times> times, Map<WorkItem, Dates> dates, LocalDate end) {
        this.times = times;
        this.dates = dates;
        this.end = end;
    }

    /**
     * Schedules the project in the calendar.
     *
     * @throws CriticalPath.CycleException naming the work items whose dependencies go round in a circle
     */
    public static ProjectSchedule of(Project project, WorkingCalendar calendar) {
        List<WorkItem> all = new ArrayList<>();
        project.eAllContents().forEachRemaining(o -> {
            if (o instanceof WorkItem item) {
                all.add(item);
            }
        });
        LocalDate origin = calendar.onOrAfter(Rollup.firstDay(project));
        Map<String, WorkItem> byKey = new LinkedHashMap<>();
        List<CriticalPath.Activity> activities = new ArrayList<>();
        for (WorkItem item : all) {
            if (item.isLeaf()) {
                String key = key(item, byKey.size());
                byKey.put(key, item);
                int earliest = item.getPlannedStart() == null ? 0
                        : Math.max(0, calendar.index(origin, item.getPlannedStart()) + (isMilestone(item) ? 1 : 0));
                activities.add(new CriticalPath.Activity(key, duration(item, calendar), earliest));
            }
        }
        Map<WorkItem, String> keys = byKey.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        List<CriticalPath.Link> links = new ArrayList<>();
        for (WorkItem successor : all) {
            for (Dependency dependency : successor.getDependencies()) {
                if (dependency.getPredecessor() == null || dependency.getPredecessor().eIsProxy()) {
                    continue;
                }
                for (WorkItem before : leaves(dependency.getPredecessor())) {
                    for (WorkItem after : leaves(successor)) {
                        if (keys.containsKey(before) && keys.containsKey(after) && before != after) {
                            links.add(new CriticalPath.Link(keys.get(before), keys.get(after), dependency.getType(),
                                    dependency.getLagDays()));
                        }
                    }
                }
            }
        }
        Map<String, CriticalPath.Times> computed = CriticalPath.compute(activities, links);
        Map<WorkItem, CriticalPath.Times> times = new LinkedHashMap<>();
        Map<WorkItem, Dates> dates = new LinkedHashMap<>();
        computed.forEach((key, time) -> {
            WorkItem item = byKey.get(key);
            times.put(item, time);
            if (time.earlyFinish() == time.earlyStart()) { // a milestone: at the end of the day before its start
                LocalDate day = calendar.plusWorkingDays(origin, Math.max(0, time.earlyStart() - 1));
                dates.put(item, new Dates(day, day));
            } else {
                dates.put(item, new Dates(calendar.plusWorkingDays(origin, time.earlyStart()),
                        calendar.plusWorkingDays(origin, time.earlyFinish() - 1)));
            }
        });
        // every leaf is scheduled; the packages and parent tasks span them
        for (WorkItem item : all) {
            if (!item.isLeaf()) {
                dates.put(item, new Dates(Rollup.start(item, leaf -> dates.get(leaf).start()),
                        Rollup.end(item, leaf -> dates.get(leaf).end())));
            }
        }
        int endDay = CriticalPath.end(computed);
        return new ProjectSchedule(times, dates, endDay == 0 ? origin : calendar.plusWorkingDays(origin, endDay - 1));
    }

    /** Its planned working days; a task without a planned period takes one day, a milestone none. */
    private static int duration(WorkItem item, WorkingCalendar calendar) {
        if (isMilestone(item)) {
            return 0;
        }
        if (item.getPlannedStart() == null || item.getPlannedEnd() == null) {
            return 1;
        }
        return Math.max(1, calendar.workingDays(item.getPlannedStart(), item.getPlannedEnd()));
    }

    private static boolean isMilestone(WorkItem item) {
        return item.getKind() == WorkItemKind.MILESTONE;
    }

    private static String key(WorkItem item, int index) {
        String title = item.getTitle() == null ? "?" : item.getTitle();
        return title + " #" + (index + 1);
    }

    private static Set<WorkItem> leaves(WorkItem item) {
        Set<WorkItem> leaves = new LinkedHashSet<>();
        if (item.isLeaf()) {
            leaves.add(item);
        }
        item.eAllContents().forEachRemaining(o -> {
            if (o instanceof WorkItem child && child.isLeaf()) {
                leaves.add(child);
            }
        });
        return leaves;
    }

    /** The scheduled times of the leaves, in working days from the project's first working day. */
    public Map<WorkItem, CriticalPath.Times> times() {
        return times;
    }

    /** The planned days of every work item with any: leaves as scheduled, the others spanning their children. */
    public Map<WorkItem, Dates> dates() {
        return dates;
    }

    /** The leaves on the critical path: delaying any of them delays the project's end. */
    public Set<WorkItem> critical() {
        Set<WorkItem> critical = new LinkedHashSet<>();
        times.forEach((item, time) -> {
            if (time.critical()) {
                critical.add(item);
            }
        });
        return critical;
    }

    /** The last working day of the project as scheduled. */
    public LocalDate end() {
        return end;
    }
}
