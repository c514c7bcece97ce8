package org.fachwerk.projects.ui.internal;

import java.time.LocalDate;

import org.fachwerk.model.WorkItem;

/**
 * What the structure tree shows of a work package or parent task: its children's earliest start and latest end,
 * and the sum of their efforts. A work item without children shows its own values.
 */
final class Derived {

    private Derived() {
    }

    static LocalDate start(WorkItem item) {
        if (item.getChildren().isEmpty()) {
            return item.getPlannedStart();
        }
        LocalDate start = null;
        for (WorkItem child : item.getChildren()) {
            LocalDate childStart = start(child);
            if (childStart != null && (start == null || childStart.isBefore(start))) {
                start = childStart;
            }
        }
        return start;
    }

    static LocalDate end(WorkItem item) {
        if (item.getChildren().isEmpty()) {
            return item.getPlannedEnd();
        }
        LocalDate end = null;
        for (WorkItem child : item.getChildren()) {
            LocalDate childEnd = end(child);
            if (childEnd != null && (end == null || childEnd.isAfter(end))) {
                end = childEnd;
            }
        }
        return end;
    }

    static double plannedEffort(WorkItem item) {
        return item.getChildren().isEmpty() ? item.getPlannedEffort()
                : item.getChildren().stream().mapToDouble(Derived::plannedEffort).sum();
    }

    static double remainingEffort(WorkItem item) {
        return item.getChildren().isEmpty() ? item.getRemainingEffort()
                : item.getChildren().stream().mapToDouble(Derived::remainingEffort).sum();
    }
}
