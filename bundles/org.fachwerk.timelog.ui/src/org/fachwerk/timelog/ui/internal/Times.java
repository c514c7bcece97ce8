package org.fachwerk.timelog.ui.internal;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times of day in the booking line: typed as 8, 08, 8:30, 8.30, 830 or 0830; shown as 08:30 in every language. */
final class Times {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.]?(\\d{2}))?");

    private Times() {
    }

    static String format(LocalTime time) {
        return time == null ? "" : String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    /** @throws DateTimeParseException when the text is no time of day */
    static LocalTime parse(String text) {
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
}
