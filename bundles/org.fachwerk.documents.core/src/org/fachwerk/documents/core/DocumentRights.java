package org.fachwerk.documents.core;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.core.Rights;
import org.fachwerk.model.Document;
import org.fachwerk.model.DocumentVersion;
import org.fachwerk.model.Entity;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Project;
import org.fachwerk.model.RecordPlanNode;
import org.fachwerk.model.validation.ModelValidator;
import org.fachwerk.store.CommitRule;
import org.fachwerk.store.Query;
import org.fachwerk.store.ReadRule;
import org.fachwerk.store.Stored;
import org.fachwerk.store.Visible;
import org.osgi.service.component.annotations.Component;

/**
 * Who may read and change documents and the record plan (docs/rights.md), enforced by the store:
 * <ul>
 * <li>a project's documents, with their versions, follow the project's contents: read by those who may open it,
 * changed (filed, checked out, given new versions, removed) by its members who edit or manage it; a document
 * attached to a task belongs to the task's project;</li>
 * <li>the department's own documents (of no project): read and changed by everyone but Guests;</li>
 * <li>the record plan: read by everyone, changed by Admins; filing a document counts up its node's last number,
 * which everyone who may file it may do.</li>
 * </ul>
 */
@Component(service = { ReadRule.class, CommitRule.class })
public final class DocumentRights implements ReadRule, CommitRule {

    private static final FachwerkPackage MODEL = FachwerkPackage.eINSTANCE;
    /** The documents one read may see, by id, worked out once per read for their versions. */
    private static final Object READABLE_DOCUMENTS = new Object();

    @Override
    public EClass checked() {
        return MODEL.getEntity();
    }

    @Override
    public Visible visible(EClass type, Stored stored) {
        Rights rights = Rights.of(stored);
        if (rights.unrestricted()) {
            return Visible.ALL;
        } else if (type == MODEL.getDocument()) {
            Visible ofProjects = Visible.refersWithin(MODEL.getDocument_Project(), rights.openProjects());
            return rights.isGuest() ? ofProjects
                    : Visible.anyOf(Visible.equal(MODEL.getDocument_Project(), null), ofProjects);
        } else if (type == MODEL.getDocumentVersion()) {
            return Visible.within(stored.remembered(READABLE_DOCUMENTS, DocumentRights::readableDocuments));
        }
        return Visible.ALL;
    }

    private static Set<String> readableDocuments(Stored stored) {
        Rights rights = Rights.of(stored);
        Set<String> open = rights.openProjects();
        Set<String> readable = new HashSet<>();
        for (Document document : stored.find(Query.of(Document.class))) {
            String project = idOf(document.getProject());
            if (project == null ? !rights.isGuest() : open.contains(project)) {
                readable.add(document.getId());
            }
        }
        return readable;
    }

    /** A document's project as stored; the rest needs where an object was only. */
    @Override
    public boolean readsStoredState(EClass type) {
        return type == MODEL.getDocument();
    }

    @Override
    public String check(Write write, Stored stored) {
        EObject object = write.object();
        if (!(object instanceof Document || object instanceof DocumentVersion || object instanceof RecordPlanNode)
                || write.kind() == Kind.CHANGE && write.features().isEmpty()) {
            return null; // not these classes, or only in another place of the list
        }
        Rights rights = Rights.of(stored);
        if (rights.unrestricted()) {
            return null;
        }
        String label = ModelValidator.label(object);
        if (rights.isGuest()) {
            return NLS.bind(Messages.Rights_guest, rights.name(), label);
        }
        if (object instanceof RecordPlanNode) {
            boolean numbering = write.kind() == Kind.CHANGE
                    && Set.of(MODEL.getRecordPlanNode_LastNumber()).containsAll(write.features());
            return rights.isAdmin() || numbering ? null : NLS.bind(Messages.Rights_recordPlan, rights.name(), label);
        }
        if (object instanceof Document document) {
            if (document.getTask() != null && document.getTask().getProject() != document.getProject()) {
                return NLS.bind(Messages.Rights_taskOfOtherProject, rights.name(), label);
            }
            Document before = (Document) write.stored();
            return mayFile(rights, idOf(document.getProject()))
                    && (before == null || mayFile(rights, idOf(before.getProject()))) ? null
                            : NLS.bind(Messages.Rights_document, rights.name(), label);
        }
        // a version goes with its document as stored; a document the same commit creates is checked itself
        String project = storedProjectOf(write.storedAggregate() != null ? write.storedAggregate()
                : write.aggregate(), stored);
        return mayFile(rights, project) ? null : NLS.bind(Messages.Rights_document, rights.name(), label);
    }

    /**
     * Whether the person may change the documents of the project (of none: the department's documents), as the
     * store decides it: for the workbench to enable what the store would allow.
     */
    public static boolean mayFile(Rights rights, Project project) {
        return rights.unrestricted() || !rights.isGuest() && mayFile(rights, idOf(project));
    }

    private static boolean mayFile(Rights rights, String projectId) {
        return projectId == null || rights.mayEdit(projectId);
    }

    /** The project of a stored document; null when it has none or is not stored. */
    private static String storedProjectOf(String documentId, Stored stored) {
        for (Document document : stored.find(Query.of(Document.class).where(MODEL.getEntity_Id(), documentId))) {
            return idOf(document.getProject());
        }
        return null;
    }

    private static String idOf(Project project) {
        return project == null ? null : ((Entity) project).getId();
    }
}
