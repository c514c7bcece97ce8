package org.fachwerk.app.internal;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.Department;

/**
 * Writes the department after every executed, undone or redone command. The state is copied on the UI thread, where
 * the edits happen, and written in a background job that shows in the status line. A state that could not be
 * written is kept and written with the next attempt (the next change, or quitting); every failure is shown to the
 * user, so no change is lost without a word.
 */
final class AutoSave {

    private static final String FAMILY = AutoSave.class.getName();

    private final DepartmentSession session;
    private final Display display;
    /** The newest state not yet written, or null when the store has everything. */
    private final AtomicReference<Department> pending = new AtomicReference<>();
    private final Job job;

    AutoSave(DepartmentSession session, Display display) {
        this.session = session;
        this.display = display;
        this.job = new Job(Messages.AutoSave_job) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(Messages.AutoSave_job, IProgressMonitor.UNKNOWN);
                try {
                    RuntimeException failure = writePending();
                    if (failure != null) {
                        report(failure);
                        return Status.error(failure.getMessage(), failure);
                    }
                    return Status.OK_STATUS;
                } finally {
                    monitor.done();
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return FAMILY.equals(family);
            }
        };
        session.commandStack().addCommandStackListener(event -> {
            pending.set(session.snapshot());
            job.schedule(200);
        });
    }

    /** Writes the pending state; on failure keeps it pending (unless a newer one came) and returns the failure. */
    private RuntimeException writePending() {
        Department snapshot = pending.get();
        if (snapshot == null) {
            return null;
        }
        try {
            session.store().save(snapshot);
            pending.compareAndSet(snapshot, null);
            return null;
        } catch (RuntimeException e) { // whatever failed, the user must learn that the change is not stored
            return e;
        }
    }

    private void report(RuntimeException failure) {
        try {
            display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(), Messages.AutoSave_failed_title,
                    NLS.bind(Messages.AutoSave_failed, failure.getMessage())));
        } catch (SWTException displayGone) {
            // the workbench is closing; finish() reports what is still unsaved
        }
    }

    /**
     * Waits for a running save and writes what is still pending. Returns the failure when the last state could not
     * be written, so that the caller can tell the user before the window is gone.
     */
    RuntimeException finish() {
        job.cancel();
        try {
            Job.getJobManager().join(FAMILY, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return writePending();
    }
}
