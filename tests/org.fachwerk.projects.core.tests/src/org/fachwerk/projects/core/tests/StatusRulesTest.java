package org.fachwerk.projects.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Project;
import org.fachwerk.model.ProjectStatus;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemKind;
import org.fachwerk.model.WorkItemStatus;
import org.fachwerk.projects.core.StatusRules;
import org.junit.jupiter.api.Test;

/** Which status changes the rules allow, and what they say when they do not. */
class StatusRulesTest {

    private static final FachwerkFactory FACTORY = FachwerkFactory.eINSTANCE;

    private final Project project = FACTORY.createProject();
    private final WorkItem workPackage = item("Planung", WorkItemKind.WORK_PACKAGE);
    private final WorkItem first = item("Entwurf", WorkItemKind.TASK);
    private final WorkItem second = item("Pr\u00fcfung", WorkItemKind.TASK);

    StatusRulesTest() {
        project.setName("Neubau Kita");
        project.getWorkItems().add(workPackage);
        workPackage.getChildren().add(first);
        workPackage.getChildren().add(second);
    }

    private static WorkItem item(String title, WorkItemKind kind) {
        WorkItem item = FACTORY.createWorkItem();
        item.setTitle(title);
        item.setKind(kind);
        return item;
    }

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
