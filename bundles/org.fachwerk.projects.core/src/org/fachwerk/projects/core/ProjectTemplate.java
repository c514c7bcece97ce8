package org.fachwerk.projects.core;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fachwerk.model.ChecklistItem;
import org.fachwerk.model.Entity;
import org.fachwerk.model.Project;
import org.fachwerk.model.ProjectStatus;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemStatus;

/**
 * A new project from an existing one: the same goals, members and structure tree (packages, tasks, milestones,
 * checklists, dependencies, assignees, required qualifications, tags), moved in time so that it starts on the
 * given day, with all work planned again and nothing of the old project's history (comments, ticked checklist
 * items, remaining effort).
 */
public final class ProjectTemplate {

    private ProjectTemplate() {
    }

    /** A draft copy of the template; it is not added anywhere. */
    public static Project copy(Project template, String key, String name, LocalDate start) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Project project = (Project) copier.copy(template);
        copier.copyReferences(); // references into the copied tree point into the copy, others stay (people, tags)
        project.setKey(key);
        project.setName(name);
        project.setStatus(ProjectStatus.DRAFT);
        long shift = template.getStart() == null ? 0 : ChronoUnit.DAYS.between(template.getStart(), start);
        project.setStart(start);
        project.setEnd(shifted(template.getEnd(), shift));
        for (Map.Entry<EObject, EObject> copied : copier.entrySet()) {
            EObject copy = copied.getValue();
            if (copy instanceof Entity entity) {
                entity.setId(null); // the store gives new ones
            }
            if (copy instanceof WorkItem item) {
                item.setStatus(WorkItemStatus.PLANNED);
                item.setPlannedStart(shifted(item.getPlannedStart(), shift));
                item.setPlannedEnd(shifted(item.getPlannedEnd(), shift));
                item.setDeadline(shifted(item.getDeadline(), shift));
                item.setRemainingEffort(item.getPlannedEffort());
                item.getComments().clear();
            } else if (copy instanceof ChecklistItem check) {
                check.setDone(false);
            }
        }
        return project;
    }

    private static LocalDate shifted(LocalDate date, long days) {
        return date == null ? null : date.plusDays(days);
    }
}
