package org.fachwerk.projects.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.fachwerk.model.Project;
import org.fachwerk.model.ProjectStatus;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemStatus;

/**
 * The rules for statuses: the work of a project in draft or planning stays planned until the project is
 * activated, a completed or archived project's work does not change, and a work package (or a task with subtasks)
 * is done only when everything in it is done or cancelled.
 */
public final class StatusRules {

    private StatusRules() {
    }

    /** Why the work item may not take the status, in words for the user; empty when it may. */
    public static Optional<String> refusal(WorkItem item, WorkItemStatus status) {
        if (status == item.getStatus()) {
            return Optional.empty();
        }
        Project project = Projects.of(item);
        if (project != null) {
            ProjectStatus state = project.getStatus();
            if ((state == ProjectStatus.DRAFT || state == ProjectStatus.PLANNED) && status != WorkItemStatus.PLANNED) {
                return Optional.of(NLS.bind(Messages.NotActive, item.getTitle(), project.getName()));
            }
            if (state == ProjectStatus.COMPLETED || state == ProjectStatus.ARCHIVED) {
                return Optional.of(NLS.bind(Messages.Closed, item.getTitle(), project.getName()));
            }
        }
        if (status == WorkItemStatus.DONE) {
            List<String> open = new ArrayList<>();
            item.eAllContents().forEachRemaining(o -> {
                if (o instanceof WorkItem child && child.isOpen()) {
                    open.add(child.getTitle());
                }
            });
            if (!open.isEmpty()) {
                return Optional.of(NLS.bind(Messages.OpenChildren, item.getTitle(), String.join(", ", open)));
            }
        }
        return Optional.empty();
    }

}
