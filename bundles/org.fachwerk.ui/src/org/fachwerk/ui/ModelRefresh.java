package org.fachwerk.ui;

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
        boolean[] scheduled = { false };
        EContentAdapter adapter = new EContentAdapter() {
            @Override
            public void notifyChanged(Notification notification) {
                super.notifyChanged(notification);
                if (notification.isTouch() || scheduled[0] || control.isDisposed()) {
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
