package org.fachwerk.ui;

import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Small pieces the module views share: push buttons that tests find by key, background jobs the user sees, and
 * controls that follow what the person at the workbench may do.
 */
public final class Widgets {

    /** Widget data key under which a control keeps its own tooltip while it shows why it is disabled. */
    private static final String OWN_TOOLTIP = "fachwerk.ownToolTip";
    /** Widget data key under which a check table keeps whether its ticks may be changed. */
    private static final String CHECKS_ALLOWED = "fachwerk.checksAllowed";

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

    /**
     * Enables the control when the person may do what it does, else disables it (a text field becomes read-only,
     * so that its value can still be read and copied) and shows {@code whyNot} as its tooltip. The rights
     * themselves are decided by {@code org.fachwerk.core.Rights}; this only shows its answer.
     */
    public static void allow(Control control, boolean allowed, String whyNot) {
        if (control.getData(OWN_TOOLTIP) == null) {
            control.setData(OWN_TOOLTIP, control.getToolTipText() == null ? "" : control.getToolTipText());
        }
        if (control instanceof Text text) {
            text.setEditable(allowed);
        } else {
            control.setEnabled(allowed);
        }
        String own = (String) control.getData(OWN_TOOLTIP);
        control.setToolTipText(allowed ? (own.isEmpty() ? null : own) : whyNot);
    }

    /**
     * Lets the person tick and untick the rows of a check table only when they may change what the ticks say;
     * otherwise a click on a box is taken back at once and reaches no listener added after the first call, and
     * {@code whyNot} is the tooltip. The table stays enabled, so that every row can still be scrolled to and read.
     */
    public static void allowChecks(Table table, boolean allowed, String whyNot) {
        if (table.getData(CHECKS_ALLOWED) == null) {
            table.addListener(SWT.Selection, e -> {
                if (e.detail == SWT.CHECK && e.item instanceof TableItem item
                        && !Boolean.TRUE.equals(table.getData(CHECKS_ALLOWED))) {
                    item.setChecked(!item.getChecked());
                    e.type = SWT.None; // the listeners after this one do not see the click
                }
            });
            table.setData(OWN_TOOLTIP, table.getToolTipText() == null ? "" : table.getToolTipText());
        }
        table.setData(CHECKS_ALLOWED, allowed);
        String own = (String) table.getData(OWN_TOOLTIP);
        table.setToolTipText(allowed ? (own.isEmpty() ? null : own) : whyNot);
    }
}
