package org.fachwerk.projects.core.tests;

import static org.fachwerk.testing.WorkItemBuilder.task;
import static org.fachwerk.testing.WorkItemBuilder.workPackage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.fachwerk.model.Project;
import org.fachwerk.model.WorkItem;
import org.fachwerk.projects.core.Rollup;
import org.fachwerk.testing.ProjectBuilder;
import org.junit.jupiter.api.Test;

/** What a work package derives from the leaves below it, as the structure tree and the Gantt chart show it. */
class RollupTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    @Test
    void aPackageSpansItsLeavesAndSumsTheirEffortsWhateverItsOwnValuesSay() {
        WorkItem draft = task("Entwurf").from(MONDAY).to(MONDAY.plusDays(4)).effort(16).build();
        draft.setRemainingEffort(6);
        WorkItem survey = task("Aufma\u00df").from(MONDAY.plusDays(7)).to(MONDAY.plusDays(8)).effort(8).build();
        WorkItem unplanned = task("Abstimmung").effort(2).build();
        WorkItem parent = task("Vorplanung").with(survey, unplanned).build();
        WorkItem planning = workPackage("Planung").from(MONDAY.minusDays(30)).to(MONDAY.minusDays(20)).effort(99)
                .with(draft, parent).build();

        assertEquals(MONDAY, Rollup.plannedStart(planning), "its own dates are not what it shows");
        assertEquals(MONDAY.plusDays(8), Rollup.plannedEnd(planning));
        assertEquals(26, Rollup.plannedEffort(planning));
        assertEquals(6, Rollup.remainingEffort(planning));
        assertEquals(MONDAY.plusDays(7), Rollup.plannedStart(parent), "a leaf without dates is left out");
        assertEquals(MONDAY, Rollup.plannedStart(draft), "a leaf shows its own");
        assertNull(Rollup.plannedStart(workPackage("leer").with(task("ohne Termin").build()).build()));
    }

    @Test
    void aProjectsFirstDayIsItsStartOrAnEarlierPlannedStart() {
        WorkItem early = task("Vorlauf").from(MONDAY.minusDays(3)).build();
        Project project = ProjectBuilder.project("BAU-9", "Neubau Kita").from(MONDAY)
                .with(workPackage("Planung").with(early).build()).build();
        assertEquals(MONDAY.minusDays(3), Rollup.firstDay(project));
        early.setPlannedStart(MONDAY.plusDays(3));
        assertEquals(MONDAY, Rollup.firstDay(project));
        project.setStart(null);
        assertEquals(MONDAY.plusDays(3), Rollup.firstDay(project));
    }
}
