package org.fachwerk.projects.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.fachwerk.model.Project;
import org.fachwerk.model.WorkItem;

/**
 * Moving or resizing a task in time, with everything that depends on it pushed back as far as its dependencies
 * require (in working days, with lags; weekends and holidays skipped). Work is only pushed later, never pulled
 * earlier: what people planned earlier than needed stays. One undoable command.
 */
public final class Rescheduling {

    private Rescheduling() {
    }

    /** A command that gives the task the new period and pushes its dependents. */
    public static Command move(WorkItem item, LocalDate start, LocalDate end, WorkingCalendar calendar) {
        return new Move(item, start, end, calendar);
    }

    private static final class Move extends AbstractCommand {
        private record Dates(WorkItem item, LocalDate start, LocalDate end) {
        }

        private final WorkItem item;
        private final LocalDate start;
        private final LocalDate end;
        private final WorkingCalendar calendar;
        private final List<Dates> before = new ArrayList<>();
        private final List<Dates> after = new ArrayList<>();

        Move(WorkItem item, LocalDate start, LocalDate end, WorkingCalendar calendar) {
            super("Reschedule");
            this.item = item;
            this.start = start;
            this.end = end;
            this.calendar = calendar;
        }

        @Override
        protected boolean prepare() {
            return Projects.of(item) != null && start != null && end != null && !end.isBefore(start);
        }

        @Override
        public void execute() {
            before.clear();
            after.clear();
            Project project = Projects.of(item);
            List<WorkItem> all = new ArrayList<>();
            project.eAllContents().forEachRemaining(o -> {
                if (o instanceof WorkItem each) {
                    all.add(each);
                    before.add(new Dates(each, each.getPlannedStart(), each.getPlannedEnd()));
                }
            });
            item.setPlannedStart(start);
            item.setPlannedEnd(end);
            Map<WorkItem, ProjectSchedule.Dates> scheduled = ProjectSchedule.of(project, calendar).dates();
            for (WorkItem each : all) {
                ProjectSchedule.Dates dates = scheduled.get(each);
                if (each != item && each.isLeaf() && dates != null && each.getPlannedStart() != null
                        && dates.start().isAfter(each.getPlannedStart())) {
                    each.setPlannedStart(dates.start());
                    each.setPlannedEnd(dates.end());
                }
            }
            for (WorkItem each : all) {
                after.add(new Dates(each, each.getPlannedStart(), each.getPlannedEnd()));
            }
        }

        @Override
        public void undo() {
            apply(before);
        }

        @Override
        public void redo() {
            apply(after);
        }

        private static void apply(List<Dates> dates) {
            for (Dates each : dates) {
                each.item().setPlannedStart(each.start());
                each.item().setPlannedEnd(each.end());
            }
        }

        @Override
        public java.util.Collection<?> getAffectedObjects() {
            return List.of(item);
        }
    }

}
