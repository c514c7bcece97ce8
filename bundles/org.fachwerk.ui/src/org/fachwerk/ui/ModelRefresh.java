package org.fachwerk.ui;

import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Control;

/**
 * Keeps a view current: any change below a model object runs the refresh once on the UI thread, however many
 * notifications a command sends, until the control is disposed.
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
                    if (!control.isDisposed()) {
                        refresh.run();
                    }
                });
            }
        };
        root.eAdapters().add(adapter);
        control.addDisposeListener(e -> root.eAdapters().remove(adapter));
    }
}
