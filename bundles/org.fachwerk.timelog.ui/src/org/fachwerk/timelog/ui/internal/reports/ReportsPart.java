package org.fachwerk.timelog.ui.internal.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.core.RefusedException;
import org.fachwerk.model.MonthApproval;
import org.fachwerk.model.Person;
import org.fachwerk.timelog.core.Formats;
import org.fachwerk.timelog.core.MonthApprovals;
import org.fachwerk.timelog.core.Report;
import org.fachwerk.timelog.core.ReportExport;
import org.fachwerk.timelog.core.ReportExport.Format;
import org.fachwerk.timelog.core.Reports;
import org.fachwerk.timelog.ui.internal.BookingPermissions;
import org.fachwerk.timelog.ui.internal.Messages;
import org.fachwerk.timelog.ui.internal.PersonChoice;
import org.fachwerk.ui.Columns;
import org.fachwerk.ui.ModelRefresh;
import org.fachwerk.ui.Texts;
import org.fachwerk.ui.Widgets;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The time logging reports of a person and month (timesheet, working-time compliance) or of the department
 * (hours per project in the month, hours by location in its year), shown and exported as CSV, Excel or PDF in a
 * background job with progress. Planners approve the shown month of the person here (never their own);
 * administrators reopen it. Whoever may not is shown why.
 */
public class ReportsPart {

    public static final String PART_ID = "org.fachwerk.timelog.part.reports";
    /** Widget data key under which tests find the controls. */
    public static final String WIDGET_KEY = "fachwerk.reports";
    /** The family of export jobs, for waiting on them. */
    public static final Object EXPORT_FAMILY = new Object();

    /** The reports to choose from, in the order of the choice. */
    public enum Kind {
        TIMESHEET, COMPLIANCE, PER_PROJECT, BY_LOCATION
    }

    private static final int MONTHS = 24;

    @Inject
    DepartmentSession session;

    private Combo kind;
    private PersonChoice person;
    private Combo month;
    private Label approval;
    private Button approve;
    private Button reopen;
    private TableViewer table;
    private final List<YearMonth> months = new ArrayList<>();
    private Report report;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite choice = new Composite(parent, SWT.NONE);
        choice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        choice.setLayout(new GridLayout(9, false));
        new Label(choice, SWT.NONE).setText(Messages.Reports_kind);
        kind = combo(choice, "kind");
        for (String name : new String[] { Messages.Reports_timesheet, Messages.Reports_compliance,
                Messages.Reports_perProject, Messages.Reports_byLocation }) {
            kind.add(name);
        }
        kind.select(0);
        person = new PersonChoice(choice, session, WIDGET_KEY, "person");
        new Label(choice, SWT.NONE).setText(Messages.Reports_month);
        month = combo(choice, "month");
        // the month before this one first: the one usually approved
        YearMonth shown = YearMonth.now().minusMonths(1);
        for (int i = 0; i < MONTHS; i++) {
            months.add(shown.minusMonths(i));
            month.add(Formats.month(shown.minusMonths(i), Locale.getDefault()));
        }
        month.add(Formats.month(YearMonth.now(), Locale.getDefault()), 0);
        months.add(0, YearMonth.now());
        month.select(1);
        button(choice, Messages.Reports_csv, "csv", () -> chooseFile(Format.CSV));
        button(choice, Messages.Reports_xlsx, "xlsx", () -> chooseFile(Format.XLSX));
        button(choice, Messages.Reports_pdf, "pdf", () -> chooseFile(Format.PDF));

        Composite approvalLine = new Composite(parent, SWT.NONE);
        approvalLine.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        approvalLine.setLayout(new GridLayout(3, false));
        approval = new Label(approvalLine, SWT.NONE);
        approval.setData(WIDGET_KEY, "approval");
        approval.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        approve = button(approvalLine, Messages.Reports_approve, "approve", this::approve);
        reopen = button(approvalLine, Messages.Reports_reopen, "reopen", this::reopen);

        table = Columns.table(parent);
        table.getTable().setData(WIDGET_KEY, "table");
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setContentProvider(ArrayContentProvider.getInstance());
        for (Combo each : new Combo[] { kind, person.combo(), month }) {
            each.addListener(SWT.Selection, e -> refresh());
        }
        refresh();
        ModelRefresh.whenChanged(session.department(), table.getControl(), () -> {
            person.fill();
            refresh();
        });
    }

    private static Combo combo(Composite parent, String key) {
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setData(WIDGET_KEY, key);
        return combo;
    }

    private static Button button(Composite parent, String text, String key, Runnable action) {
        return Widgets.button(parent, text, WIDGET_KEY, key, action);
    }

    @Focus
    public void setFocus() {
        kind.setFocus();
    }


    private YearMonth chosenMonth() {
        return months.get(Math.max(0, month.getSelectionIndex()));
    }

    /** Shows the report and month of a person, as choosing them above does. */
    public void show(Kind shown, Person of, YearMonth in) {
        kind.select(shown.ordinal());
        person.choose(of);
        if (months.contains(in)) {
            month.select(months.indexOf(in));
        }
        refresh();
    }

    /**
     * Has the session load the bookings the report counts: the person's month (with the day before, for the rest
     * after it), everyone's month, or everyone's year.
     */
    private void loadBookings(Kind chosen, Person shown, YearMonth in) {
        switch (chosen) {
        case TIMESHEET, COMPLIANCE -> session.loadBookings(shown, in.atDay(1).minusDays(1), in.atEndOfMonth());
        case PER_PROJECT -> session.loadBookings(null, in.atDay(1), in.atEndOfMonth());
        case BY_LOCATION -> session.loadBookings(null, in.atDay(1).withDayOfYear(1), in.atDay(1).withMonth(12)
                .withDayOfMonth(31));
        }
    }

    private void refresh() {
        Person shown = person.chosen();
        if (shown == null || table.getControl().isDisposed()) {
            return;
        }
        YearMonth in = chosenMonth();
        Kind chosen = Kind.values()[kind.getSelectionIndex()];
        loadBookings(chosen, shown, in);
        report = switch (chosen) {
        case TIMESHEET -> Reports.timesheet(shown, in, Locale.getDefault());
        case COMPLIANCE -> Reports.compliance(shown, in);
        case PER_PROJECT -> Reports.hoursPerProject(session.department(), in.atDay(1), in.atEndOfMonth());
        case BY_LOCATION -> Reports.hoursByLocation(session.department(), in.getYear(), Locale.getDefault());
        };
        person.combo().setEnabled(chosen == Kind.TIMESHEET || chosen == Kind.COMPLIANCE);
        showReport();
        MonthApproval approved = MonthApprovals.approval(shown, in.atDay(1));
        approval.setText(approved == null ? NLS.bind(Messages.Reports_open, shown.getFullName())
                : NLS.bind(Messages.Reports_approved, new Object[] { shown.getFullName(),
                        approved.getApprovedBy() == null ? "" : approved.getApprovedBy().getFullName(),
                        Texts.date(approved.getApprovedAt().toLocalDate()) }));
        BookingPermissions permissions = new BookingPermissions(session);
        String whyNotApprove = permissions.whyNotApprove(shown);
        Widgets.allow(approve, approved == null && whyNotApprove == null, approved == null ? whyNotApprove : null);
        String whyNotReopen = permissions.whyNotReopen();
        Widgets.allow(reopen, approved != null && whyNotReopen == null, approved != null ? whyNotReopen : null);
        approval.getParent().layout();
    }

    private void showReport() {
        table.getTable().setRedraw(false);
        try {
            for (TableColumn column : table.getTable().getColumns()) {
                column.dispose();
            }
            for (int i = 0; i < report.columns().size(); i++) {
                int index = i;
                TableViewerColumn column = new TableViewerColumn(table,
                        report.numberColumns().contains(i) ? SWT.RIGHT : SWT.LEFT);
                column.getColumn().setText(report.columns().get(i));
                column.getColumn().setWidth(report.columns().size() > 4 ? 110 : 220);
                column.setLabelProvider(new ColumnLabelProvider() {
                    @Override
                    public String getText(Object element) {
                        Object value = ((List<?>) element).get(index);
                        if (value instanceof LocalDate date) {
                            return Texts.date(date);
                        }
                        return value instanceof Double number ? Texts.number(number) : String.valueOf(value);
                    }
                });
            }
            table.setInput(report.rows());
        } finally {
            table.getTable().setRedraw(true);
        }
    }

    /** The report as shown now. */
    public Report report() {
        return report;
    }

    private void chooseFile(Format format) {
        FileDialog dialog = new FileDialog(table.getControl().getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFilterExtensions(new String[] { "*." + format.extension });
        dialog.setFileName(report.title().replaceAll("[^\\p{L}\\p{N}]+", "-") + "." + format.extension);
        String chosen = dialog.open();
        if (chosen != null) {
            export(format, Path.of(chosen));
        }
    }

    /** Exports the shown report into the file in a background job, with progress in the status line. */
    public Job export(Format format, Path file) {
        Report exported = report;
        Locale locale = Locale.getDefault();
        String name = NLS.bind(Messages.Reports_exportJob, file.getFileName());
        Job job = Widgets.userJob(name, EXPORT_FAMILY, monitor -> {
            try {
                ReportExport.write(exported, format, file, locale, monitor);
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (IOException | RuntimeException e) {
                return Status.error(NLS.bind(Messages.Reports_exportFailed, file, e.getMessage()), e);
            }
        });
        job.schedule();
        return job;
    }

    private void approve() {
        Person shown = person.chosen();
        YearMonth in = chosenMonth();
        Person approver = session.actorPerson();
        if (shown == null || approver == null) {
            MessageDialog.openError(table.getControl().getShell(), Messages.Reports_title,
                    NLS.bind(Messages.Timer_noPerson, session.actor()));
            return;
        }
        String monthName = Formats.month(in, Locale.getDefault());
        loadBookings(Kind.COMPLIANCE, shown, in); // approving marks each booking of the month
        int violations = Reports.compliance(shown, in).rows().size();
        String question = NLS.bind(Messages.Reports_approveQuestion, new Object[] { monthName, shown.getFullName(),
                violations });
        if (!MessageDialog.openConfirm(table.getControl().getShell(), Messages.Reports_title, question)) {
            return;
        }
        try {
            session.commandStack().execute(MonthApprovals.approve(session.editingDomain(), shown, in, approver,
                    LocalDateTime.now()));
        } catch (RefusedException e) {
            MessageDialog.openError(table.getControl().getShell(), Messages.Reports_title, e.getMessage());
        }
    }

    private void reopen() {
        Person shown = person.chosen();
        Person administrator = session.actorPerson();
        if (shown == null || administrator == null) {
            return;
        }
        loadBookings(Kind.COMPLIANCE, shown, chosenMonth()); // reopening takes the mark off each booking
        try {
            session.commandStack().execute(MonthApprovals.reopen(session.editingDomain(), shown, chosenMonth(),
                    administrator, LocalDateTime.now()));
        } catch (RefusedException e) {
            MessageDialog.openError(table.getControl().getShell(), Messages.Reports_title, e.getMessage());
        }
    }
}
