package org.fachwerk.ui;

import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Listener;

/**
 * Keeps a view current: any change below a model object runs the refresh once on the UI thread, however many
 * notifications a command sends, until the control is disposed. A view out of sight (behind another in its stack)
 * refreshes when it is shown again rather than after every change: with a large department a refresh can take a
 * noticeable moment, and the user would wait for views they do not see.
 */
public final class ModelRefresh {

    private ModelRefresh() {
    }

    public static void whenChanged(EObject root, Control control, Runnable refresh) {
        whenChanged(root, control, change -> {
        }, refresh);
    }

    /**
     * As {@link #whenChanged(EObject, Control, Runnable)}, and shows each change to {@code noticed} first, on the
     * thread that made it, so that the view can note which of its costlier results the refresh must compute again.
     */
    public static void whenChanged(EObject root, Control control, Consumer<Notification> noticed, Runnable refresh) {
        boolean[] scheduled = { false };
        boolean[] stale = { false };
        EContentAdapter adapter = new EContentAdapter() {
            @Override
            public void notifyChanged(Notification notification) {
                super.notifyChanged(notification);
                if (notification.isTouch() || control.isDisposed()) {
                    return;
                }
                noticed.accept(notification);
                if (scheduled[0]) {
                    return;
                }
                scheduled[0] = true;
                control.getDisplay().asyncExec(() -> {
                    scheduled[0] = false;
                    if (control.isDisposed()) {
                        return;
                    }
                    if (control.isVisible()) {
                        refresh.run();
                    } else {
                        stale[0] = true;
                    }
                });
            }
        };
        // shown again: painted, then brought up to date
        Listener shown = event -> {
            if (stale[0]) {
                stale[0] = false;
                control.getDisplay().asyncExec(() -> {
                    if (!control.isDisposed()) {
                        refresh.run();
                    }
                });
            }
        };
        control.addListener(SWT.Paint, shown);
        root.eAdapters().add(adapter);
        control.addDisposeListener(e -> root.eAdapters().remove(adapter));
    }
}
