package org.fachwerk.app.internal;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.Department;

/**
 * Writes the department after every executed, undone or redone command. The state is copied on the UI thread, where
 * the edits happen, and written in a background job that shows in the status line; a failure is shown to the user and
 * the changes stay in the window until a later save succeeds.
 */
final class AutoSave {

    private static final String FAMILY = AutoSave.class.getName();

    private final DepartmentSession session;
    private final AtomicReference<Department> pending = new AtomicReference<>();
    private final Job job;

    AutoSave(DepartmentSession session) {
        this.session = session;
        this.job = new Job(Messages.AutoSave_job) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Department snapshot = pending.getAndSet(null);
                if (snapshot == null) {
                    return Status.OK_STATUS;
                }
                monitor.beginTask(Messages.AutoSave_job, IProgressMonitor.UNKNOWN);
                try {
                    session.store().save(snapshot);
                    return Status.OK_STATUS;
                } catch (RuntimeException e) { // whatever failed, the user must learn that the change is not stored
                    report(e);
                    return Status.error(e.getMessage(), e);
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

    private static void report(RuntimeException e) {
        Display display = Display.getDefault();
        display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(), Messages.AutoSave_failed_title,
                NLS.bind(Messages.AutoSave_failed, e.getMessage())));
    }

    /** Writes what is still pending, then returns. */
    void finish() {
        job.wakeUp();
        try {
            Job.getJobManager().join(FAMILY, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Department last = pending.getAndSet(null);
        if (last != null) {
            session.store().save(last);
        }
    }
}
