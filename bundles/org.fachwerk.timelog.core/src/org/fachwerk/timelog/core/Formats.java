package org.fachwerk.timelog.core;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates, times and months in the user's language, as the time logging messages show them. */
public final class Formats {

    private Formats() {
    }

    /** A month with its name, e.g. "Februar 2027". */
    public static String month(YearMonth month, Locale locale) {
        return month.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
    }

    static String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
    }

    static String dateTime(LocalDateTime time) {
        return time.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
    }

    static String time(LocalDateTime time) {
        return time.toLocalTime().format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT));
    }
}
