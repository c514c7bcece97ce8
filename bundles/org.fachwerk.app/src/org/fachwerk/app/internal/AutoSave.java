package org.fachwerk.app.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.store.ConflictException;
import org.fachwerk.store.UnitOfWork.PreparedCommit;

/**
 * Commits what the edits changed shortly after every executed, undone or redone command. The changes are captured on
 * the UI thread, where the edits happen, and written in a background job that shows in the status line; one commit
 * is written at a time, so that the next one starts from the versions the last one wrote. Changes that could not
 * be written stay pending and go with the next attempt (the next change, or quitting); every failure is shown to the
 * user, so no change is lost without a word. Between commits it takes in what others committed, every few seconds.
 */
final class AutoSave {

    private static final String FAMILY = AutoSave.class.getName();
    /** Edits in quick succession go into one commit. */
    private static final int DELAY_MILLIS = 200;
    /** How often what others committed is taken in. */
    private static final int CATCH_UP_MILLIS = 2000;

    private final DepartmentSession session;
    private final Display display;
    private final Runnable prepare = this::prepareAndWrite;
    private final Runnable catchUp = this::catchUp;
    private final Job job;
    private volatile PreparedCommit commit;

    AutoSave(DepartmentSession session, Display display) {
        this.session = session;
        this.display = display;
        this.job = new Job(Messages.AutoSave_job) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(Messages.AutoSave_job, IProgressMonitor.UNKNOWN);
                try {
                    RuntimeException failure = write();
                    if (failure instanceof ConflictException conflict) {
                        takeTheirs(conflict);
                    } else if (failure != null) {
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
        session.commandStack().addCommandStackListener(event -> display.timerExec(DELAY_MILLIS, prepare));
        display.timerExec(CATCH_UP_MILLIS, catchUp);
    }

    /**
     * On the UI thread: takes in what others committed, while nothing of one's own is pending or being written (that
     * is committed first, and a conflict is settled then).
     */
    private void catchUp() {
        if (job.getState() == Job.NONE && !session.hasChanges()) {
            try {
                session.catchUp();
            } catch (RuntimeException e) {
                // the database cannot be read just now; the next commit reports it, and this is tried again
            }
        }
        display.timerExec(CATCH_UP_MILLIS, catchUp);
    }

    /** On the UI thread: captures the changes and starts writing them, or waits for the commit being written. */
    private void prepareAndWrite() {
        if (job.getState() != Job.NONE) {
            display.timerExec(DELAY_MILLIS, prepare);
            return;
        }
        if (!session.hasChanges()) {
            return;
        }
        try {
            commit = session.prepareCommit();
        } catch (RuntimeException e) { // the changes break a rule of the model; they stay pending
            report(e);
            return;
        }
        job.schedule();
    }

    /** Writes the prepared commit; on failure its changes are pending again, and the failure is returned. */
    private RuntimeException write() {
        PreparedCommit prepared = commit;
        commit = null;
        if (prepared == null) {
            return null;
        }
        try {
            prepared.write();
            return null;
        } catch (RuntimeException e) { // whatever failed, the user must learn that the change is not stored
            return e;
        }
    }

    /**
     * Someone else changed or removed objects this commit changed: theirs are taken and shown, the user is told
     * which, and the remaining changes are committed again.
     */
    private void takeTheirs(ConflictException conflict) {
        try {
            display.asyncExec(() -> {
                List<String> names = session.takeTheirs(conflict.conflictingIds());
                display.timerExec(DELAY_MILLIS, prepare);
                MessageDialog.openWarning(display.getActiveShell(), Messages.AutoSave_conflict_title,
                        NLS.bind(Messages.AutoSave_conflict, String.join(", ", names)));
            });
        } catch (SWTException displayGone) {
            // the workbench is closing; finish() reports what is still unsaved
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
     * On the UI thread: waits until the commit being written, if any, is written, so that a commit made right after
     * it (an audit event that must be on the record before an account changes) starts from the versions it wrote.
     */
    static void awaitWriting() {
        try {
            Job.getJobManager().join(FAMILY, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * On the UI thread: waits for the commit being written and writes what is still pending. Returns the failure
     * when that could not be written, so that the caller can tell the user before the window is gone.
     */
    RuntimeException finish() {
        if (!display.isDisposed()) {
            display.timerExec(-1, prepare);
            display.timerExec(-1, catchUp);
        }
        try {
            Job.getJobManager().join(FAMILY, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        RuntimeException failure = write();
        if (failure != null || !session.hasChanges()) {
            return failure;
        }
        try {
            commit = session.prepareCommit();
        } catch (RuntimeException e) {
            return e;
        }
        return write();
    }
}
