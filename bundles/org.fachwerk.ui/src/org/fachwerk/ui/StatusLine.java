package org.fachwerk.ui;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.ui.internal.Messages;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * The status line at the bottom of the window: where the data is kept, and the name and progress of the user job
 * that runs now (the latest one, when several do).
 */
public class StatusLine {

    /** Widget data key under which tests find the parts of the status line. */
    public static final String WIDGET_KEY = "fachwerk.status";

    private final Deque<JobMonitor> running = new ArrayDeque<>();
    private Label location;
    private Label jobName;
    private ProgressBar progress;

    @PostConstruct
    public void createControls(Composite parent, @Optional DepartmentSession session) {
        Composite line = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 1;
        line.setLayout(layout);
        location = new Label(line, SWT.NONE);
        location.setData(WIDGET_KEY, "location");
        location.setText(session == null ? Messages.StatusLine_ready : session.store().location().address());
        location.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        jobName = new Label(line, SWT.NONE);
        jobName.setData(WIDGET_KEY, "job");
        jobName.setLayoutData(new GridData(200, SWT.DEFAULT));
        progress = new ProgressBar(line, SWT.HORIZONTAL | SWT.SMOOTH);
        progress.setData(WIDGET_KEY, "progress");
        progress.setLayoutData(new GridData(160, SWT.DEFAULT));
        progress.setVisible(false);
        // the trim bar was laid out before this control had content: show it from the first paint on
        line.getDisplay().asyncExec(() -> {
            if (!line.isDisposed()) {
                line.getShell().layout(true, true);
            }
        });
        Display display = parent.getDisplay();
        Job.getJobManager().setProgressProvider(new ProgressProvider() {
            @Override
            public IProgressMonitor createMonitor(Job job) {
                return job.isSystem() ? new NullProgressMonitor() : new JobMonitor(display, job.getName());
            }
        });
    }

    @PreDestroy
    public void dispose() {
        Job.getJobManager().setProgressProvider(null);
    }

    private void show() {
        if (jobName.isDisposed()) {
            return;
        }
        JobMonitor current = running.peekLast();
        progress.setVisible(current != null);
        jobName.setText(current == null ? "" : current.label());
        if (current != null) {
            progress.setMaximum(Math.max(1, current.total));
            progress.setSelection(current.total > 0 ? current.done : 0);
        }
        jobName.getParent().layout();
    }

    /** Reports one job's progress to the status line, always on the UI thread. */
    private final class JobMonitor extends NullProgressMonitor {
        private final Display display;
        private final String name;
        private String task = "";
        private int total;
        private int done;

        JobMonitor(Display display, String name) {
            this.display = display;
            this.name = name;
        }

        String label() {
            return task.isEmpty() || task.equals(name) ? name : name + ": " + task;
        }

        private void update(Runnable change) {
            try {
                display.asyncExec(() -> {
                    change.run();
                    show();
                });
            } catch (SWTException displayGone) {
                // the workbench has closed; there is no status line left to update
            }
        }

        @Override
        public void beginTask(String taskName, int totalWork) {
            update(() -> {
                task = taskName == null ? "" : taskName;
                total = totalWork == IProgressMonitor.UNKNOWN ? 0 : totalWork;
                running.remove(this);
                running.addLast(this);
            });
        }

        @Override
        public void subTask(String subTask) {
            update(() -> task = subTask == null ? "" : subTask);
        }

        @Override
        public void worked(int work) {
            update(() -> done += work);
        }

        @Override
        public void done() {
            update(() -> running.remove(this));
        }
    }
}
