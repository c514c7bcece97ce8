package org.fachwerk.timelog.ui.internal;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.fachwerk.model.Project;
import org.fachwerk.model.WorkItem;

/**
 * What the time logging views show of times: times of day in the booking line, typed as 8, 08, 8:30, 8.30, 830 or
 * 0830 and shown as 08:30 in every language; durations in hours and minutes; the task a booking is on.
 */
public final class Times {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.]?(\\d{2}))?");

    private Times() {
    }

    public static String format(LocalTime time) {
        return time == null ? "" : String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    /** @throws DateTimeParseException when the text is no time of day */
    public static LocalTime parse(String text) {
        String trimmed = text.trim();
        Matcher matcher = TIME.matcher(trimmed);
        if (!matcher.matches()) {
            throw new DateTimeParseException("no time of day", trimmed, 0);
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        if (hour > 23 || minute > 59) {
            throw new DateTimeParseException("no time of day", trimmed, 0);
        }
        return LocalTime.of(hour, minute);
    }

    /** Minutes as hours and minutes, e.g. 7:30. */
    public static String duration(int minutes) {
        return NLS.bind(Messages.HoursMinutes, minutes / 60, String.format("%02d", minutes % 60));
    }

    /** A task's title with its project's key, since tasks of different projects often share titles. */
    public static String taskLabel(WorkItem task) {
        if (task == null) {
            return Messages.WithoutTask;
        }
        String title = task.getTitle() == null ? "" : task.getTitle();
        Project project = task.getProject();
        return project == null || project.getKey() == null ? title : title + " (" + project.getKey() + ")";
    }
}
