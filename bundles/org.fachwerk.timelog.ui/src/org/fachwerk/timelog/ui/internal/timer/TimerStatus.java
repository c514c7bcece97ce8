package org.fachwerk.timelog.ui.internal.timer;

import java.time.Duration;
import java.time.LocalDateTime;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.Person;
import org.fachwerk.model.RunningTimer;
import org.fachwerk.timelog.core.Timers;
import org.fachwerk.timelog.ui.internal.Messages;
import org.fachwerk.timelog.ui.internal.Times;
import org.fachwerk.ui.ModelLabels;
import org.fachwerk.ui.ModelRefresh;

import jakarta.annotation.PostConstruct;

/** The running timer in the status line: how long it has run on which task, and a button that stops it. */
public class TimerStatus {

    /** Widget data key under which tests find the controls. */
    public static final String WIDGET_KEY = "fachwerk.timer";
    private static final int TICK_MILLIS = 30_000;

    private Label icon;
    private Label text;
    private Button stop;
    private DepartmentSession session;
    private ModelLabels labels;

    @PostConstruct
    public void createControls(Composite parent, @Optional DepartmentSession session) {
        this.session = session;
        Composite line = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 0;
        line.setLayout(layout);
        icon = new Label(line, SWT.NONE);
        text = new Label(line, SWT.NONE);
        text.setData(WIDGET_KEY, "text");
        text.setLayoutData(new GridData(320, SWT.DEFAULT));
        stop = new Button(line, SWT.PUSH | SWT.FLAT);
        stop.setText(Messages.Timer_stopButton);
        stop.setData(WIDGET_KEY, "stop");
        stop.addListener(SWT.Selection, e -> StopTimerHandler.stop(session, line.getShell()));
        if (session == null) {
            line.setVisible(false);
            return;
        }
        labels = new ModelLabels(session, icon);
        update();
        ModelRefresh.whenChanged(session.department(), text, this::update);
        Runnable tick = new Runnable() {
            @Override
            public void run() {
                if (!text.isDisposed()) {
                    update();
                    text.getDisplay().timerExec(TICK_MILLIS, this);
                }
            }
        };
        text.getDisplay().timerExec(TICK_MILLIS, tick);
    }

    private void update() {
        Person person = session.actorPerson();
        RunningTimer timer = person == null ? null : Timers.running(person);
        boolean running = timer != null && timer.getStarted() != null;
        icon.setVisible(running);
        stop.setVisible(running);
        if (running) {
            Image image = labels.getImage(timer);
            if (icon.getImage() != image) {
                icon.setImage(image);
                icon.getParent().layout();
            }
            int minutes = (int) Math.max(0, Duration.between(timer.getStarted(), LocalDateTime.now()).toMinutes());
            text.setText(NLS.bind(Messages.Timer_running, Times.duration(minutes),
                    Times.taskLabel(timer.getTask())));
        } else {
            text.setText("");
        }
    }
}
