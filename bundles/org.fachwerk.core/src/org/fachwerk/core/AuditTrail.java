package org.fachwerk.core;

import java.time.LocalDateTime;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.core.internal.Messages;
import org.fachwerk.model.AuditEvent;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.store.CommitRule;
import org.fachwerk.store.Stored;
import org.osgi.service.component.annotations.Component;

/**
 * The department's audit events are a record that only grows: the store refuses every commit that changes or removes
 * one (this rule), and {@link #recorded} makes Undo and Redo of a recorded change add events of their own instead of
 * taking the first one back. Everyone may read the record; it is written only by the commands that record.
 */
@Component(service = CommitRule.class)
public final class AuditTrail implements CommitRule {

    /** The suffix of the action of the event that records an undo, e.g. {@code delete-document-undone}. */
    public static final String UNDONE = "-undone";

    @Override
    public EClass checked() {
        return FachwerkPackage.Literals.AUDIT_EVENT;
    }

    @Override
    public String check(Write write, Stored stored) {
        if (write.kind() == Kind.CREATE || write.kind() == Kind.CHANGE && write.features().isEmpty()) {
            return null; // added, or only in another place of the list, as it was
        }
        AuditEvent event = (AuditEvent) write.object();
        return NLS.bind(Messages.AuditTrail_appendOnly, event.getAction(), event.getTime());
    }

    /**
     * The change with its audit event: executing adds the event, Undo changes the objects back and adds an event
     * of the action with {@value #UNDONE}, Redo changes them again and adds the action's event anew.
     */
    public static Command recorded(EditingDomain domain, Department department, Command change, AuditEvent event) {
        return new Recorded(domain, department, change, event);
    }

    private static final class Recorded extends AbstractCommand {
        private final EditingDomain domain;
        private final Department department;
        private final Command change;
        private final AuditEvent event;

        Recorded(EditingDomain domain, Department department, Command change, AuditEvent event) {
            super(change.getLabel(), change.getDescription());
            this.domain = domain;
            this.department = department;
            this.change = change;
            this.event = event;
        }

        @Override
        protected boolean prepare() {
            return change.canExecute();
        }

        @Override
        public void execute() {
            change.execute();
            record(event);
        }

        @Override
        public boolean canUndo() {
            return change.canUndo();
        }

        @Override
        public void undo() {
            change.undo();
            record(copy(event.getAction() + UNDONE));
        }

        @Override
        public void redo() {
            change.redo();
            record(copy(event.getAction()));
        }

        private AuditEvent copy(String action) {
            AuditEvent again = EcoreUtil.copy(event);
            again.setId(null);
            again.setAction(action);
            again.setTime(LocalDateTime.now().withNano(0));
            return again;
        }

        /** Adds the event outside the command stack: no undo reaches it. */
        private void record(AuditEvent recorded) {
            Command add = AddCommand.create(domain, department, FachwerkPackage.Literals.DEPARTMENT__AUDIT_EVENTS,
                    recorded);
            if (add.canExecute()) {
                add.execute();
            }
        }

        @Override
        public java.util.Collection<?> getAffectedObjects() {
            return change.getAffectedObjects();
        }

        @Override
        public void dispose() {
            change.dispose();
        }
    }
}
