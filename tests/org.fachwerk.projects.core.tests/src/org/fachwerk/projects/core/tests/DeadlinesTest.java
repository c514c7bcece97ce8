package org.fachwerk.projects.core.tests;

import static org.fachwerk.testing.PersonBuilder.person;
import static org.fachwerk.testing.ProjectBuilder.project;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FederalState;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.ProjectStatus;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemKind;
import org.fachwerk.model.WorkItemStatus;
import org.fachwerk.projects.core.ActualEffort;
import org.fachwerk.projects.core.Deadlines;
import org.fachwerk.projects.core.Deadlines.Due;
import org.fachwerk.projects.core.Deadlines.State;
import org.fachwerk.projects.core.Workload;
import org.fachwerk.testing.WorkItemBuilder;
import org.junit.jupiter.api.Test;

/** The traffic lights of what is due. */
class DeadlinesTest {

    private static final FachwerkFactory FACTORY = FachwerkFactory.eINSTANCE;
    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    private final Department department = FACTORY.createDepartment();
    // 8 h a day, and no public holiday in Berlin in these weeks
    private final Person anna = person("Koch").weeklyCapacity(40).federalState(FederalState.BE).in(department);
    private final Project project = project("Neue Telefonanlage").status(ProjectStatus.ACTIVE).in(department);

    private WorkItem task(String title, LocalDate start, LocalDate end, LocalDate deadline, double effort) {
        return WorkItemBuilder.task(title).from(start).to(end).deadline(deadline).effort(effort).assignedTo(anna)
                .in(project);
    }

    private List<Due> deadlines() {
        return Deadlines.of(department, MONDAY, Workload::calendar, ActualEffort.of(department));
    }

    @Test
    void overdueAtRiskAndOnScheduleByWhatIsFree() {
        task("Alt", MONDAY.minusWeeks(1), MONDAY.minusDays(3), MONDAY.minusDays(1), 8);
        // due Wednesday: 3 days of 8 h free, 20 h to do
        WorkItem fits = task("Passt", MONDAY, MONDAY.plusDays(2), MONDAY.plusDays(2), 20);
        List<Due> due = deadlines();
        assertEquals(List.of("Alt", "Passt"), due.stream().map(d -> d.item().getTitle()).toList());
        assertEquals(State.OVERDUE, due.get(0).state());
        assertEquals(State.ON_SCHEDULE, due.get(1).state());
        assertEquals(24, due.get(1).free(), 1e-9);

        // another task takes 16 of those 24 hours: 20 h no longer fit
        task("Dazwischen", MONDAY, MONDAY.plusDays(1), null, 16);
        Due risky = deadlines().stream().filter(d -> d.item() == fits).findFirst().orElseThrow();
        assertEquals(State.AT_RISK, risky.state());
        assertEquals(8, risky.free(), 1e-9);
    }

    @Test
    void openMilestonesAreDueOnTheirDayAndFinishedWorkIsNotDue() {
        WorkItem milestone = task("Abnahme", MONDAY.plusDays(4), MONDAY.plusDays(4), null, 0);
        milestone.setKind(WorkItemKind.MILESTONE);
        task("Erledigt", MONDAY, MONDAY, MONDAY, 4).setStatus(WorkItemStatus.DONE);
        List<Due> due = deadlines();
        assertEquals(1, due.size());
        assertEquals(MONDAY.plusDays(4), due.get(0).due());
        assertEquals(State.ON_SCHEDULE, due.get(0).state());
    }
}
