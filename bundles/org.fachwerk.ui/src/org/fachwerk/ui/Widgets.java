package org.fachwerk.ui;

import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** Small pieces the module views share: push buttons that tests find by key, background jobs the user sees. */
public final class Widgets {

    private Widgets() {
    }

    /** A push button running the action, with {@code key} under the widget data key {@code widgetKey}. */
    public static Button button(Composite parent, String text, String widgetKey, String key, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(widgetKey, key);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /**
     * A job the user sees (its progress in the status line), belonging to the family so that it can be waited for;
     * not scheduled yet.
     */
    public static Job userJob(String name, Object family, Function<IProgressMonitor, IStatus> work) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return work.apply(monitor);
            }

            @Override
            public boolean belongsTo(Object candidate) {
                return candidate == family;
            }
        };
        job.setUser(true);
        return job;
    }
}
