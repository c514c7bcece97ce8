package org.fachwerk.timelog.core;

import org.eclipse.osgi.util.NLS;

/** What the time logging core tells the user; German in messages_de.properties, English in messages.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.fachwerk.timelog.core.messages";

    public static String Rule_daily;
    public static String Rule_dailySpan;
    public static String Rule_breaks;
    public static String Rule_withoutBreak;
    public static String Rule_rest;
    public static String Rule_sundayOrHoliday;
    public static String Rule_sunday;
    public static String Rule_weekly;
    public static String Booking_change;
    public static String Booking_noPerson;
    public static String Booking_incomplete;
    public static String Booking_noDuration;
    public static String Booking_negativeBreak;
    public static String Booking_breakTooLong;
    public static String Booking_future;
    public static String Booking_overlap;
    public static String Booking_withoutTask;
    public static String Approval_locked;
    public static String Approval_notPlanner;
    public static String Approval_own;
    public static String Approval_notOver;
    public static String Approval_already;
    public static String Approval_approve;
    public static String Approval_reopen;
    public static String Approval_notAdministrator;
    public static String Approval_notApproved;
    public static String Timer_start;
    public static String Timer_stop;
    public static String Timer_forgotten;
    public static String Report_timesheet;
    public static String Report_perProject;
    public static String Report_byLocation;
    public static String Report_compliance;
    public static String Report_date;
    public static String Report_weekday;
    public static String Report_from;
    public static String Report_to;
    public static String Report_breakMinutes;
    public static String Report_hours;
    public static String Report_task;
    public static String Report_project;
    public static String Report_location;
    public static String Report_comment;
    public static String Report_reason;
    public static String Report_noProject;
    public static String Report_projectKey;
    public static String Report_projectName;
    public static String Report_bookings;
    public static String Report_month;
    public static String Report_homeShare;
    public static String Report_rule;
    public static String Report_violation;
    public static String RuleName_daily;
    public static String RuleName_breaks;
    public static String RuleName_withoutBreak;
    public static String RuleName_rest;
    public static String RuleName_sundayOrHoliday;
    public static String RuleName_weekly;
    public static String Export_task;
    public static String Export_total;
    public static String Export_page;
    public static String Rights_guestBooks;
    public static String Rights_bookingOfOther;
    public static String Rights_correctionWithoutReason;
    public static String Rights_timerOfOther;
    public static String Rights_absenceOfOther;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
