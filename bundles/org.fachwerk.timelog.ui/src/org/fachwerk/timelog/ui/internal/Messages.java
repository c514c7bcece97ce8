package org.fachwerk.timelog.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the time logging module; German in messages_de.properties, English in messages.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.fachwerk.timelog.ui.internal.messages";

    public static String Person_label;
    public static String Column_date;
    public static String Column_start;
    public static String Column_end;
    public static String Column_break;
    public static String Column_hours;
    public static String Column_task;
    public static String Column_location;
    public static String Column_comment;
    public static String Column_reason;
    public static String Minutes;
    public static String HoursMinutes;
    public static String Week_label;
    public static String Week_previous;
    public static String Week_next;
    public static String Week_today;
    public static String Week_total;
    public static String Week_target;
    public static String Week_daysOff;
    public static String Week_noDaysOff;
    public static String WithoutTask;
    public static String Field_date;
    public static String Field_start;
    public static String Field_end;
    public static String Field_break;
    public static String Field_task;
    public static String Field_location;
    public static String Field_comment;
    public static String Field_reason;
    public static String Field_reasonHint;
    public static String Field_badDate;
    public static String Field_badTime;
    public static String Book;
    public static String Apply;
    public static String Clear;
    public static String Warnings_title;
    public static String Warnings_none;
    public static String Timer_title;
    public static String Timer_noPerson;
    public static String Timer_discardQuestion;
    public static String Timer_stopButton;
    public static String Timer_running;
    public static String Reports_title;
    public static String Reports_kind;
    public static String Reports_timesheet;
    public static String Reports_compliance;
    public static String Reports_perProject;
    public static String Reports_byLocation;
    public static String Reports_month;
    public static String Reports_csv;
    public static String Reports_xlsx;
    public static String Reports_pdf;
    public static String Reports_approve;
    public static String Reports_reopen;
    public static String Reports_open;
    public static String Reports_approved;
    public static String Reports_approveQuestion;
    public static String Reports_exportJob;
    public static String Reports_exportFailed;

    public static String Rights_guest;
    public static String Rights_bookingOfOther;
    public static String Rights_correctionReason;
    public static String Field_reasonForCorrection;
    public static String Rights_approveNotPlanner;
    public static String Rights_approveOwn;
    public static String Rights_reopen;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
