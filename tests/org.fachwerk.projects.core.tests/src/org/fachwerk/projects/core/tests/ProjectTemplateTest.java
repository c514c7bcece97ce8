package org.fachwerk.projects.core.tests;

import static org.fachwerk.testing.PersonBuilder.person;
import static org.fachwerk.testing.ProjectBuilder.project;
import static org.fachwerk.testing.WorkItemBuilder.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.fachwerk.model.ChecklistItem;
import org.fachwerk.model.Comment;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Membership;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.ProjectStatus;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemStatus;
import org.fachwerk.projects.core.ProjectTemplate;
import org.junit.jupiter.api.Test;

/** A new project made from an existing one. */
class ProjectTemplateTest {

    private static final FachwerkFactory FACTORY = FachwerkFactory.eINSTANCE;

    @Test
    void theStructureIsCopiedMovedInTimeAndPlannedAgain() {
        Person anna = person("Koch").build();
        WorkItem first = task("Bestandsaufnahme").status(WorkItemStatus.DONE).from(LocalDate.of(2026, 3, 2))
                .to(LocalDate.of(2026, 3, 6)).effort(16).assignedTo(anna).build();
        first.setId("first");
        ChecklistItem check = FACTORY.createChecklistItem();
        check.setText("Pl\u00e4ne anfordern");
        check.setDone(true);
        first.getChecklist().add(check);
        Comment comment = FACTORY.createComment();
        comment.setText("erledigt");
        first.getComments().add(comment);
        WorkItem second = task("Planung").after(first).build();
        Project template = project("BAU-01", "Sanierung Grundschule").goals("Energetisch saniert")
                .status(ProjectStatus.COMPLETED).from(LocalDate.of(2026, 3, 2)).to(LocalDate.of(2026, 9, 30))
                .with(first, second).build();
        template.setId("old");
        Membership member = FACTORY.createMembership();
        member.setPerson(anna);
        template.getMemberships().add(member);

        Project copy = ProjectTemplate.copy(template, "P-7", "Sanierung Realschule", LocalDate.of(2027, 3, 1));
        assertEquals("P-7", copy.getKey());
        assertEquals("Sanierung Realschule", copy.getName());
        assertEquals("Energetisch saniert", copy.getGoals());
        assertEquals(ProjectStatus.DRAFT, copy.getStatus());
        assertEquals(LocalDate.of(2027, 3, 1), copy.getStart());
        assertEquals(LocalDate.of(2027, 9, 29), copy.getEnd(), "moved by the same 364 days");
        assertNull(copy.getId());
        WorkItem copied = copy.getWorkItems().get(0);
        assertNull(copied.getId());
        assertEquals(WorkItemStatus.PLANNED, copied.getStatus());
        assertEquals(LocalDate.of(2027, 3, 1), copied.getPlannedStart());
        assertEquals(16, copied.getRemainingEffort());
        assertSame(anna, copied.getAssignees().get(0), "the same people");
        assertFalse(copied.getChecklist().get(0).isDone());
        assertTrue(copied.getComments().isEmpty());
        assertSame(copied, copy.getWorkItems().get(1).getDependencies().get(0).getPredecessor(),
                "dependencies join the copies");
        assertSame(anna, copy.getMemberships().get(0).getPerson());
        assertEquals(WorkItemStatus.DONE, first.getStatus(), "the template is untouched");
    }
}
