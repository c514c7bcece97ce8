package org.fachwerk.timelog.ui.internal.weeksheet;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.core.RefusedException;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkLocation;
import org.fachwerk.model.edit.ModelTexts;
import org.fachwerk.timelog.core.Bookings;
import org.fachwerk.timelog.core.WeekSheet;
import org.fachwerk.timelog.core.WorkingTimeRules;
import org.fachwerk.timelog.ui.internal.BookingPermissions;
import org.fachwerk.timelog.ui.internal.Messages;
import org.fachwerk.timelog.ui.internal.PersonChoice;
import org.fachwerk.timelog.ui.internal.Times;
import org.fachwerk.ui.Columns;
import org.fachwerk.ui.ModelLabels;
import org.fachwerk.ui.ModelRefresh;
import org.fachwerk.ui.Texts;
import org.fachwerk.ui.Widgets;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * A person's week: hours per task and day against the week's target, with public holidays and absences; the week's
 * bookings; a booking line for fast keyboard entry (Enter books, the next start follows the last end); and the
 * working-time rules the week breaks. Alt+Left and Alt+Right go to the previous and next week. The booking line is
 * usable only for whose time the person may book (their own; planners and administrators also correct other
 * people's, giving a reason), else it says why.
 */
public class WeekSheetPart {

    public static final String PART_ID = "org.fachwerk.timelog.part.timesheet";
    /** Widget data key under which tests find the controls. */
    public static final String WIDGET_KEY = "fachwerk.timelog";

    private static final Object TOTAL = new Object();

    @Inject
    DepartmentSession session;

    @Inject
    Bookings bookingCommands;

    private PersonChoice person;
    private Label week;
    private TableViewer grid;
    private Label daysOff;
    private Label target;
    private Text date;
    private Text start;
    private Text end;
    private Spinner breakMinutes;
    private Combo task;
    private Combo location;
    private Text comment;
    private Text reason;
    private Button book;
    private Label message;
    private TableViewer bookings;
    private org.eclipse.swt.widgets.List warnings;

    private List<WorkItem> tasks = List.of();
    private LocalDate monday = LocalDate.now().with(java.time.DayOfWeek.MONDAY);
    private WeekSheet sheet;
    /** The booking the line changes; null while it makes a new one. */
    private TimeEntry editing;
    /** Why the person may not book for the shown person; null when they may. */
    private String whyNotBook;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        createWeekBar(parent);
        grid = Columns.table(parent);
        grid.getTable().setData(WIDGET_KEY, "grid");
        GridData gridLayout = new GridData(SWT.FILL, SWT.FILL, true, true);
        gridLayout.heightHint = 150;
        grid.getTable().setLayoutData(gridLayout);
        grid.setContentProvider(ArrayContentProvider.getInstance());
        daysOff = label(parent, "daysOff");
        target = label(parent, "target");
        createBookingLine(parent);
        bookings = Columns.table(parent);
        bookings.getTable().setData(WIDGET_KEY, "bookings");
        GridData bookingsLayout = new GridData(SWT.FILL, SWT.FILL, true, true);
        bookingsLayout.heightHint = 150;
        bookings.getTable().setLayoutData(bookingsLayout);
        bookings.setContentProvider(ArrayContentProvider.getInstance());
        Columns.add(bookings, Messages.Column_date, 120, TimeEntry.class, e -> Texts.date(e.getDate()),
                new ModelLabels(session, bookings.getControl())::getImage);
        Columns.add(bookings, Messages.Column_start, 60, TimeEntry.class, e -> Texts.time(e.getStart()));
        Columns.add(bookings, Messages.Column_end, 60, TimeEntry.class, e -> Texts.time(e.getEnd()));
        Columns.add(bookings, Messages.Column_break, 70, TimeEntry.class,
                e -> NLS.bind(Messages.Minutes, e.getBreakMinutes()));
        Columns.add(bookings, Messages.Column_hours, 80, TimeEntry.class, e -> Times.duration(e.getDurationMinutes()));
        Columns.add(bookings, Messages.Column_task, 260, TimeEntry.class,
                e -> e.getTask() == null ? "" : Times.taskLabel(e.getTask()));
        Columns.add(bookings, Messages.Column_location, 100, TimeEntry.class, e -> ModelTexts.of(e.getLocation()));
        Columns.add(bookings, Messages.Column_comment, 200, TimeEntry.class,
                e -> e.getComment() == null ? "" : e.getComment());
        Columns.add(bookings, Messages.Column_reason, 160, TimeEntry.class,
                e -> e.getReason() == null ? "" : e.getReason());
        bookings.addSelectionChangedListener(e -> edit((TimeEntry) ((IStructuredSelection) e.getSelection())
                .getFirstElement()));
        bookings.getTable().addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                removeSelected();
            }
        });
        label(parent, "warningsTitle").setText(Messages.Warnings_title);
        warnings = new org.eclipse.swt.widgets.List(parent, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        warnings.setData(WIDGET_KEY, "warnings");
        GridData warningsLayout = new GridData(SWT.FILL, SWT.FILL, true, false);
        warningsLayout.heightHint = 70;
        warnings.setLayoutData(warningsLayout);

        weekKeys(parent);
        refresh();
        ModelRefresh.whenChanged(session.department(), grid.getControl(), () -> {
            person.fill();
            refresh();
        });
    }

    private static Label label(Composite parent, String key) {
        Label label = new Label(parent, SWT.WRAP);
        label.setData(WIDGET_KEY, key);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return label;
    }

    private void createWeekBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bar.setLayout(new GridLayout(6, false));
        person = new PersonChoice(bar, session, WIDGET_KEY, "person");
        person.combo().addListener(SWT.Selection, e -> refresh());
        Widgets.button(bar, "\u25C0", WIDGET_KEY, "previous", () -> showWeek(monday.minusWeeks(1)))
                .setToolTipText(Messages.Week_previous);
        week = new Label(bar, SWT.NONE);
        week.setData(WIDGET_KEY, "week");
        GridData weekLayout = new GridData(SWT.CENTER, SWT.CENTER, false, false);
        weekLayout.widthHint = 260;
        week.setLayoutData(weekLayout);
        Widgets.button(bar, "\u25B6", WIDGET_KEY, "next", () -> showWeek(monday.plusWeeks(1)))
                .setToolTipText(Messages.Week_next);
        Widgets.button(bar, Messages.Week_today, WIDGET_KEY, "today", () -> showWeek(LocalDate.now()));
    }

    private void createBookingLine(Composite parent) {
        Composite when = row(parent, 12);
        date = field(when, Messages.Field_date, "date", 100);
        start = field(when, Messages.Field_start, "start", 50);
        end = field(when, Messages.Field_end, "end", 50);
        new Label(when, SWT.NONE).setText(Messages.Field_break);
        breakMinutes = new Spinner(when, SWT.BORDER);
        breakMinutes.setData(WIDGET_KEY, "break");
        breakMinutes.setValues(0, 0, 24 * 60, 0, 5, 15);
        new Label(when, SWT.NONE).setText(Messages.Field_location);
        location = new Combo(when, SWT.READ_ONLY | SWT.DROP_DOWN);
        location.setData(WIDGET_KEY, "location");
        for (WorkLocation each : WorkLocation.VALUES) {
            location.add(ModelTexts.of(each));
        }
        location.select(0);
        new Label(when, SWT.NONE).setText(Messages.Field_task);
        task = new Combo(when, SWT.READ_ONLY | SWT.DROP_DOWN);
        task.setData(WIDGET_KEY, "task");
        task.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Composite what = row(parent, 6);
        comment = field(what, Messages.Field_comment, "comment", 200);
        ((GridData) comment.getLayoutData()).grabExcessHorizontalSpace = true;
        reason = field(what, Messages.Field_reason, "reason", 200);
        ((GridData) reason.getLayoutData()).grabExcessHorizontalSpace = true;
        reason.setMessage(Messages.Field_reasonHint);
        book = Widgets.button(what, Messages.Book, WIDGET_KEY, "book", this::book);
        Widgets.button(what, Messages.Clear, WIDGET_KEY, "clear", () -> edit(null));

        message = label(parent, "message");
        message.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        for (Control control : new Control[] { date, start, end, breakMinutes, task, location, comment, reason }) {
            control.addListener(SWT.DefaultSelection, e -> book()); // Enter books
            control.addListener(SWT.Traverse, e -> {
                if (e.detail == SWT.TRAVERSE_ESCAPE && editing != null) {
                    e.doit = false;
                    edit(null);
                }
            });
        }
        date.setText(Texts.date(LocalDate.now()));
    }

    private static Composite row(Composite parent, int columns) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(columns, false);
        layout.marginHeight = 0;
        row.setLayout(layout);
        return row;
    }

    private static Text field(Composite parent, String label, String key, int width) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        text.setData(WIDGET_KEY, key);
        GridData layout = new GridData(SWT.FILL, SWT.CENTER, false, false);
        layout.widthHint = width;
        text.setLayoutData(layout);
        return text;
    }

    /** Alt+Left and Alt+Right anywhere in the part go a week back and forth. */
    private void weekKeys(Composite parent) {
        parent.getDisplay().addFilter(SWT.KeyDown, weekKey);
        parent.addDisposeListener(e -> e.display.removeFilter(SWT.KeyDown, weekKey));
    }

    private final org.eclipse.swt.widgets.Listener weekKey = e -> {
        if ((e.stateMask & SWT.MOD3) == 0 || !(e.widget instanceof Control control) || !isInPart(control)) {
            return;
        }
        if (e.keyCode == SWT.ARROW_LEFT) {
            showWeek(monday.minusWeeks(1));
            e.doit = false;
        } else if (e.keyCode == SWT.ARROW_RIGHT) {
            showWeek(monday.plusWeeks(1));
            e.doit = false;
        }
    };

    private boolean isInPart(Control control) {
        for (Control each = control; each != null; each = each.getParent()) {
            if (each == grid.getControl().getParent()) {
                return true;
            }
        }
        return false;
    }

    @Focus
    public void setFocus() {
        start.setFocus();
    }

    /** Shows the week that contains the day. */
    public void showWeek(LocalDate day) {
        monday = day.with(java.time.DayOfWeek.MONDAY);
        refresh();
    }

    /** Shows the person's week. */
    public void showPerson(Person shown) {
        if (person.choose(shown)) {
            refresh();
        }
    }

    private void refresh() {
        Person shown = person.chosen();
        if (shown == null || grid.getControl().isDisposed()) {
            return;
        }
        allowBooking(shown);
        // the week, and the day before it for the rest between that day and Monday
        session.loadBookings(shown, monday.minusDays(1), monday.plusDays(6));
        sheet = WeekSheet.of(shown, monday, Locale.getDefault());
        week.setText(NLS.bind(Messages.Week_label, new Object[] { monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                Texts.date(monday), Texts.date(monday.plusDays(6)) }));
        fillGrid();
        daysOff.setText(daysOffText());
        target.setText(NLS.bind(Messages.Week_target, Times.duration(sheet.total()), Times.duration(sheet.target())));
        fillTasks(shown);
        bookings.setInput(sheet.bookings());
        warnings.removeAll();
        for (WorkingTimeRules.Violation violation : sheet.violations()) {
            warnings.add(violation.message());
        }
        if (sheet.violations().isEmpty()) {
            warnings.add(Messages.Warnings_none);
        }
        grid.getControl().getParent().layout(true, true);
    }

    /** Makes the booking line usable only when the person may book the shown person's time; else it says why. */
    private void allowBooking(Person shown) {
        BookingPermissions permissions = new BookingPermissions(session);
        whyNotBook = permissions.whyNotBook(shown);
        Control[] line = { date, start, end, breakMinutes, task, location, comment, reason, book };
        for (Control control : line) {
            Widgets.allow(control, whyNotBook == null, whyNotBook);
        }
        reason.setMessage(whyNotBook == null && permissions.needsReason(shown) ? Messages.Field_reasonForCorrection
                : Messages.Field_reasonHint);
    }

    private void fillGrid() {
        for (org.eclipse.swt.widgets.TableColumn column : grid.getTable().getColumns()) {
            column.dispose();
        }
        column(Messages.Column_task, 300, SWT.LEFT, row -> row == TOTAL ? Messages.Week_total
                : Times.taskLabel(((WeekSheet.Row) row).task()), null);
        DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern("dd.MM.", Locale.getDefault());
        Color off = grid.getControl().getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW);
        for (int i = 0; i < 7; i++) {
            int day = i;
            WeekSheet.Day shown = sheet.days().get(i);
            String header = shown.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.getDefault()) + " "
                    + shown.date().format(dayFormat);
            TableViewerColumn column = column(header, 80, SWT.RIGHT, row -> {
                        int minutes = row == TOTAL ? shown.minutes() : ((WeekSheet.Row) row).minutes()[day];
                        return minutes == 0 ? "" : Times.duration(minutes);
                    }, shown.isOff() ? off : null);
            column.getColumn().setToolTipText(dayOffName(shown));
        }
        column(Messages.Week_total, 90, SWT.RIGHT,
                row -> Times.duration(row == TOTAL ? sheet.total() : ((WeekSheet.Row) row).total()), null);
        List<Object> rows = new ArrayList<>(sheet.rows());
        rows.add(TOTAL);
        grid.setInput(rows);
    }

    private TableViewerColumn column(String header, int width, int alignment, Function<Object, String> text,
            Color background) {
        TableViewerColumn column = new TableViewerColumn(grid, alignment);
        column.getColumn().setText(header);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }

            @Override
            public Color getBackground(Object element) {
                return background;
            }
        });
        return column;
    }

    private static String dayOffName(WeekSheet.Day day) {
        if (day.holiday() != null) {
            return day.holiday();
        }
        return day.absence() == null ? null : ModelTexts.of(day.absence().getKind());
    }

    private String daysOffText() {
        List<String> parts = new ArrayList<>();
        for (WeekSheet.Day day : sheet.days()) {
            String name = dayOffName(day);
            if (name != null) {
                parts.add(day.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.getDefault()) + " "
                        + Texts.date(day.date()) + ": " + name);
            }
        }
        return parts.isEmpty() ? Messages.Week_noDaysOff : NLS.bind(Messages.Week_daysOff, String.join("; ", parts));
    }

    /** The person's open tasks (assigned to them first), and any task booked in the week. */
    private void fillTasks(Person shown) {
        WorkItem chosen = chosenTask();
        Map<WorkItem, Boolean> offered = new LinkedHashMap<>();
        for (Project project : session.department().getProjects()) {
            project.eAllContents().forEachRemaining(o -> {
                if (o instanceof WorkItem item && item.isLeaf() && item.getAssignees().contains(shown)
                        && item.isOpen()) {
                    offered.put(item, true);
                }
            });
        }
        sheet.bookings().forEach(entry -> {
            if (entry.getTask() != null) {
                offered.put(entry.getTask(), true);
            }
        });
        if (chosen != null) {
            offered.put(chosen, true);
        }
        tasks = List.copyOf(offered.keySet());
        task.removeAll();
        task.add(Messages.WithoutTask);
        tasks.forEach(t -> task.add(Times.taskLabel(t)));
        task.select(chosen == null ? 0 : tasks.indexOf(chosen) + 1);
    }

    private WorkItem chosenTask() {
        int index = task.getSelectionIndex();
        return index <= 0 || index > tasks.size() ? null : tasks.get(index - 1);
    }

    /** Fills the booking line with the booking to change it, or empties it for a new one (null). */
    private void edit(TimeEntry entry) {
        editing = entry;
        message.setText("");
        if (entry == null) {
            book.setText(Messages.Book);
            start.setText("");
            end.setText("");
            breakMinutes.setSelection(0);
            comment.setText("");
            reason.setText("");
            task.select(0);
            bookings.getTable().deselectAll();
        } else {
            book.setText(Messages.Apply);
            date.setText(Texts.date(entry.getDate()));
            start.setText(Times.format(entry.getStart()));
            end.setText(Times.format(entry.getEnd()));
            breakMinutes.setSelection(entry.getBreakMinutes());
            task.select(entry.getTask() == null ? 0 : tasks.indexOf(entry.getTask()) + 1);
            location.select(entry.getLocation() == null ? 0 : entry.getLocation().getValue());
            comment.setText(entry.getComment() == null ? "" : entry.getComment());
            reason.setText(entry.getReason() == null ? "" : entry.getReason());
        }
        book.getParent().layout();
    }

    /** Books what the line says, or changes the booking it shows; a refusal says why and changes nothing. */
    private void book() {
        Person shown = person.chosen();
        if (shown == null || whyNotBook != null) {
            return; // Enter in a read-only field books nothing
        }
        LocalDate day;
        LocalTime from;
        LocalTime to;
        try {
            day = Texts.parseDate(date.getText());
        } catch (DateTimeParseException e) {
            fail(NLS.bind(Messages.Field_badDate, date.getText()), date);
            return;
        }
        try {
            from = Times.parse(start.getText());
        } catch (DateTimeParseException e) {
            fail(NLS.bind(Messages.Field_badTime, start.getText()), start);
            return;
        }
        try {
            to = Times.parse(end.getText());
        } catch (DateTimeParseException e) {
            fail(NLS.bind(Messages.Field_badTime, end.getText()), end);
            return;
        }
        Map<EStructuralFeature, Object> values = new LinkedHashMap<>();
        values.put(FachwerkPackage.Literals.TIME_ENTRY__DATE, day);
        values.put(FachwerkPackage.Literals.TIME_ENTRY__START, from);
        values.put(FachwerkPackage.Literals.TIME_ENTRY__END, to);
        values.put(FachwerkPackage.Literals.TIME_ENTRY__BREAK_MINUTES, breakMinutes.getSelection());
        values.put(FachwerkPackage.Literals.TIME_ENTRY__TASK, chosenTask());
        values.put(FachwerkPackage.Literals.TIME_ENTRY__LOCATION, WorkLocation.get(location.getSelectionIndex()));
        values.put(FachwerkPackage.Literals.TIME_ENTRY__COMMENT, blankToNull(comment.getText()));
        values.put(FachwerkPackage.Literals.TIME_ENTRY__REASON, blankToNull(reason.getText()));
        if (new BookingPermissions(session).needsReason(shown) && !givesNewReason()) {
            fail(NLS.bind(Messages.Rights_correctionReason, shown.getFullName()), reason);
            return;
        }
        try {
            Command command;
            if (editing == null) {
                TimeEntry entry = FachwerkFactory.eINSTANCE.createTimeEntry();
                entry.setPerson(shown);
                values.forEach(entry::eSet);
                command = bookingCommands.add(session.department(), entry, LocalDateTime.now());
            } else {
                command = bookingCommands.change(editing, values, LocalDateTime.now());
            }
            session.commandStack().execute(command);
        } catch (RefusedException e) {
            fail(e.getMessage(), start);
            return;
        }
        // the next booking starts where this one ended, on the same day
        edit(null);
        date.setText(Texts.date(day));
        start.setText(Times.format(to));
        start.setFocus();
        if (!day.with(java.time.DayOfWeek.MONDAY).equals(monday)) {
            showWeek(day);
        }
    }

    /**
     * Whether the line gives a reason for a correction: a new booking needs one, a changed booking a new one, as the
     * change log keeps each correction with its own reason.
     */
    private boolean givesNewReason() {
        String given = blankToNull(reason.getText());
        return given != null && (editing == null || !given.equals(editing.getReason()));
    }

    private void fail(String text, Control field) {
        message.setText(text);
        message.getParent().layout();
        field.setFocus();
    }

    private void removeSelected() {
        TimeEntry selected = (TimeEntry) bookings.getStructuredSelection().getFirstElement();
        if (selected == null) {
            return;
        }
        if (whyNotBook != null) {
            message.setText(whyNotBook);
            message.getParent().layout();
            return;
        }
        try {
            session.commandStack().execute(bookingCommands.remove(selected));
            edit(null);
        } catch (RefusedException e) {
            message.setText(e.getMessage());
            message.getParent().layout();
        }
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text.trim();
    }

    /** The week's sheet as shown. */
    public WeekSheet sheet() {
        return sheet;
    }
}
