package org.fachwerk.projects.core;

import java.time.LocalDate;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.fachwerk.model.Project;
import org.fachwerk.model.WorkItem;

/**
 * What a work package or parent task derives from the leaves below it: it starts with the earliest, ends with the
 * latest, and its effort is theirs summed. A leaf shows its own values. The structure tree, the Gantt chart and the
 * schedule all span packages by this rule, whichever dates they span (planned or scheduled).
 */
public final class Rollup {

    private Rollup() {
    }

    /** The earliest start of the leaves below, each leaf's start given by {@code startOf}; null when none has one. */
    public static LocalDate start(WorkItem item, Function<WorkItem, LocalDate> startOf) {
        if (item.isLeaf()) {
            return startOf.apply(item);
        }
        LocalDate start = null;
        for (WorkItem child : item.getChildren()) {
            LocalDate childStart = start(child, startOf);
            if (childStart != null && (start == null || childStart.isBefore(start))) {
                start = childStart;
            }
        }
        return start;
    }

    /** The latest end of the leaves below, each leaf's end given by {@code endOf}; null when none has one. */
    public static LocalDate end(WorkItem item, Function<WorkItem, LocalDate> endOf) {
        if (item.isLeaf()) {
            return endOf.apply(item);
        }
        LocalDate end = null;
        for (WorkItem child : item.getChildren()) {
            LocalDate childEnd = end(child, endOf);
            if (childEnd != null && (end == null || childEnd.isAfter(end))) {
                end = childEnd;
            }
        }
        return end;
    }

    /** The planned start: the item's own for a leaf, else the earliest planned start below. */
    public static LocalDate plannedStart(WorkItem item) {
        return start(item, WorkItem::getPlannedStart);
    }

    /** The planned end: the item's own for a leaf, else the latest planned end below. */
    public static LocalDate plannedEnd(WorkItem item) {
        return end(item, WorkItem::getPlannedEnd);
    }

    /** The planned effort in hours: the item's own for a leaf, else the sum of its children's. */
    public static double plannedEffort(WorkItem item) {
        return item.isLeaf() ? item.getPlannedEffort()
                : item.getChildren().stream().mapToDouble(Rollup::plannedEffort).sum();
    }

    /** The effort still needed in hours: the item's own estimate for a leaf, else the sum of its children's. */
    public static double remainingEffort(WorkItem item) {
        return item.isLeaf() ? item.getRemainingEffort()
                : item.getChildren().stream().mapToDouble(Rollup::remainingEffort).sum();
    }

    /**
     * The project's first day as planned: its start, or the planned start of any of its work items that lies before
     * it; today when there is neither.
     */
    public static LocalDate firstDay(Project project) {
        LocalDate first = project.getStart();
        for (EObject object : (Iterable<EObject>) project::eAllContents) {
            if (object instanceof WorkItem item && item.getPlannedStart() != null
                    && (first == null || item.getPlannedStart().isBefore(first))) {
                first = item.getPlannedStart();
            }
        }
        return first != null ? first : LocalDate.now();
    }
}
