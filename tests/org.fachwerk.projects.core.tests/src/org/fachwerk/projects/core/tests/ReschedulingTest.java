package org.fachwerk.projects.core.tests;

import static org.fachwerk.testing.WorkItemBuilder.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Project;
import org.fachwerk.model.WorkItem;
import org.fachwerk.projects.core.Rescheduling;
import org.fachwerk.projects.core.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** Moving a task in time pushes what depends on it, over weekends, and undoes as one. */
class ReschedulingTest {

    private static final FachwerkFactory FACTORY = FachwerkFactory.eINSTANCE;
    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    @Test
    void dependentsArePushedLaterButNeverPulledEarlier() {
        Project project = FACTORY.createProject();
        project.setStart(MONDAY);
        WorkItem design = task("Entwurf").from(MONDAY).to(MONDAY.plusDays(1)).in(project); // Mon-Tue
        WorkItem review = task("Pr\u00fcfung").from(MONDAY.plusDays(2)).to(MONDAY.plusDays(3)) // Wed-Thu
                .after(design).in(project);
        WorkItem later = task("Sp\u00e4ter").from(MONDAY.plusWeeks(3)).to(MONDAY.plusWeeks(3)) // far off
                .after(review).in(project);

        BasicCommandStack stack = new BasicCommandStack();
        // the design moves to Thursday and Friday: the review follows on Monday and Tuesday of the next week
        Command move = Rescheduling.move(design, MONDAY.plusDays(3), MONDAY.plusDays(4), WorkingCalendar.weekdays());
        stack.execute(move);
        assertEquals(MONDAY.plusDays(3), design.getPlannedStart());
        assertEquals(MONDAY.plusWeeks(1), review.getPlannedStart());
        assertEquals(MONDAY.plusWeeks(1).plusDays(1), review.getPlannedEnd());
        assertEquals(MONDAY.plusWeeks(3), later.getPlannedStart(), "still later than needed: stays");

        stack.undo();
        assertEquals(MONDAY, design.getPlannedStart());
        assertEquals(MONDAY.plusDays(2), review.getPlannedStart());
        stack.redo();
        assertEquals(MONDAY.plusWeeks(1), review.getPlannedStart());

        // moving it back does not pull the review earlier
        stack.execute(Rescheduling.move(design, MONDAY, MONDAY.plusDays(1), WorkingCalendar.weekdays()));
        assertEquals(MONDAY.plusWeeks(1), review.getPlannedStart());
        assertFalse(Rescheduling.move(design, MONDAY.plusDays(2), MONDAY, WorkingCalendar.weekdays()).canExecute(),
                "an end before the start is refused");
    }
}
