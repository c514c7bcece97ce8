package org.fachwerk.documents.ui.internal.browser;

import org.eclipse.osgi.util.NLS;
import org.fachwerk.core.Rights;
import org.fachwerk.documents.core.DocumentRights;
import org.fachwerk.documents.ui.internal.Messages;
import org.fachwerk.model.Project;

/**
 * Why the person at the workbench may not change documents or the record plan, as {@link DocumentRights} and
 * {@link Rights} decide it: for the document browser to enable its actions and show the reason. Each answer is null
 * when the person may.
 */
final class DocumentPermissions {

    private final Rights rights;

    DocumentPermissions(Rights rights) {
        this.rights = rights;
    }

    /** Why the person may not file, change or remove the documents of the project (of none: the department's). */
    String whyNotFile(Project project) {
        if (DocumentRights.mayFile(rights, project)) {
            return null;
        }
        return rights.isGuest() || project == null ? Messages.Rights_guest
                : NLS.bind(Messages.Rights_document, project.getKey() == null ? project.getName()
                        : project.getKey() + "  " + project.getName());
    }

    /** Why the person may not break the lock of a document of the project. */
    String whyNotBreakLock(Project project) {
        String whyNot = whyNotFile(project);
        return whyNot != null || rights.isAdmin() ? whyNot : Messages.Rights_breakLock;
    }

    /** Why the person may not change the record plan. */
    String whyNotChangeRecordPlan() {
        return rights.isAdmin() ? null : Messages.Rights_recordPlan;
    }
}
