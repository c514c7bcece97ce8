package org.fachwerk.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.fachwerk.core.DepartmentSession;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

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
        new Follower(control, refresh).follow(root, noticed);
    }

    /**
     * Runs the refresh once on the UI thread after each commit of the session is written and after others' commits
     * are taken in, as {@link #whenChanged} does after a change: for views showing what the store keeps of the
     * committed state, such as sums.
     */
    public static void whenCommitted(DepartmentSession session, Control control, Runnable refresh) {
        Follower follower = new Follower(control, refresh);
        Display display = control.getDisplay();
        Runnable stop = session.whenCommitted(() -> {
            try {
                display.asyncExec(follower::changed);
            } catch (SWTException displayGone) {
                // the workbench is closing: nothing left to refresh
            }
        });
        control.addDisposeListener(e -> stop.run());
    }

    /**
     * The one content adapter of a model root that tells every view following it: an adapter of each view's own would
     * walk the whole department when the view opens, and sit on every object of it, once per view. On the UI thread,
     * where the model is edited.
     */
    private static final class SharedAdapter extends EContentAdapter {
        private static final Map<EObject, SharedAdapter> OF_ROOT = new WeakHashMap<>();

        final List<Consumer<Notification>> listeners = new CopyOnWriteArrayList<>();

        static SharedAdapter of(EObject root) {
            return OF_ROOT.computeIfAbsent(root, r -> {
                SharedAdapter adapter = new SharedAdapter();
                r.eAdapters().add(adapter);
                return adapter;
            });
        }

        void remove(EObject root, Consumer<Notification> listener) {
            listeners.remove(listener);
            if (listeners.isEmpty()) {
                root.eAdapters().remove(this);
                OF_ROOT.remove(root, this);
            }
        }

        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                listeners.forEach(listener -> listener.accept(notification));
            }
        }
    }

    /** The refresh of one control: scheduled once per burst of changes, put off while the control is hidden. */
    private static final class Follower {
        private final Control control;
        private final Runnable refresh;
        private boolean scheduled;
        private boolean stale;
        /** Ancestors told to report being shown: a stack shows a view by making a composite above it visible. */
        private final Set<Composite> watched = new HashSet<>();
        private final Listener shown = event -> catchUp();

        Follower(Control control, Runnable refresh) {
            this.control = control;
            this.refresh = refresh;
            control.addListener(SWT.Paint, shown);
            control.addDisposeListener(e -> watched.stream().filter(parent -> !parent.isDisposed())
                    .forEach(parent -> parent.removeListener(SWT.Show, shown)));
        }

        /** On the UI thread: something the view shows changed; it refreshes once the burst is over. */
        void changed() {
            if (!scheduled && !control.isDisposed()) {
                scheduled = true;
                control.getDisplay().asyncExec(this::refreshOrPutOff);
            }
        }

        void follow(EObject root, Consumer<Notification> noticed) {
            Consumer<Notification> listener = notification -> {
                if (!control.isDisposed()) {
                    noticed.accept(notification);
                    changed();
                }
            };
            SharedAdapter shared = SharedAdapter.of(root);
            shared.listeners.add(listener);
            control.addDisposeListener(e -> shared.remove(root, listener));
        }

        private void refreshOrPutOff() {
            scheduled = false;
            if (control.isDisposed()) {
                return;
            }
            if (control.isVisible()) {
                stale = false;
                refresh.run();
                return;
            }
            stale = true;
            for (Composite parent = control.getParent(); parent != null && !(parent instanceof Shell);
                    parent = parent.getParent()) {
                if (watched.add(parent)) {
                    parent.addListener(SWT.Show, shown);
                }
            }
        }

        /** Shown or painted: once the control is visible (after the event), it catches up with what it missed. */
        private void catchUp() {
            if (stale && !scheduled) {
                scheduled = true;
                control.getDisplay().asyncExec(this::refreshOrPutOff);
            }
        }
    }
}
