package org.fachwerk.projects.core.tests;

import static org.fachwerk.testing.ProjectBuilder.project;
import static org.fachwerk.testing.WorkItemBuilder.task;
import static org.fachwerk.testing.WorkItemBuilder.workPackage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.fachwerk.model.Project;
import org.fachwerk.model.ProjectStatus;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemStatus;
import org.fachwerk.projects.core.StatusRules;
import org.junit.jupiter.api.Test;

/** Which status changes the rules allow, and what they say when they do not. */
class StatusRulesTest {

    private final WorkItem first = task("Entwurf").build();
    private final WorkItem second = task("Pr\u00fcfung").build();
    private final WorkItem workPackage = workPackage("Planung").with(first, second).build();
    private final Project project = project("Neubau Kita").with(workPackage).build();

    @Test
    void theWorkOfAProjectNotYetActiveStaysPlanned() {
        project.setStatus(ProjectStatus.PLANNED);
        Optional<String> refusal = StatusRules.refusal(first, WorkItemStatus.ACTIVE);
        assertEquals(Optional.of("\"Entwurf\" stays planned until the project \"Neubau Kita\" is activated."), refusal);
        project.setStatus(ProjectStatus.ACTIVE);
        assertTrue(StatusRules.refusal(first, WorkItemStatus.ACTIVE).isEmpty());
    }

    @Test
    void aPackageIsDoneOnlyWhenEverythingInItIsDoneOrCancelled() {
        project.setStatus(ProjectStatus.ACTIVE);
        first.setStatus(WorkItemStatus.DONE);
        assertEquals(Optional.of("\"Planung\" can only be done when everything in it is done or cancelled;"
                + " still open: Pr\u00fcfung."), StatusRules.refusal(workPackage, WorkItemStatus.DONE));
        second.setStatus(WorkItemStatus.CANCELLED);
        assertTrue(StatusRules.refusal(workPackage, WorkItemStatus.DONE).isEmpty());
    }

    @Test
    void theWorkOfACompletedProjectDoesNotChange() {
        project.setStatus(ProjectStatus.COMPLETED);
        assertTrue(StatusRules.refusal(second, WorkItemStatus.PAUSED).orElseThrow().contains("completed or archived"));
        assertTrue(StatusRules.refusal(second, second.getStatus()).isEmpty(), "keeping a status is always allowed");
    }
}
