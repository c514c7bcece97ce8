package org.fachwerk.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.fachwerk.ui.internal.Messages;

/**
 * Dates, times, hours and numbers as the user reads and types them, in the formats of the user's locale. What the
 * model's objects and enumeration literals are called comes from the edit layer: {@link ModelLabels},
 * {@link org.fachwerk.model.edit.ModelTexts}.
 */
public final class Texts {

    private Texts() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.getDefault()).format(date);
    }

    /**
     * A date as the user types it: in the locale's medium or short form (07.01.2027, 07.01.27 in German) or as
     * 2027-01-07.
     *
     * @throws DateTimeParseException when it is none of them
     */
    public static LocalDate parseDate(String text) {
        String trimmed = text.trim();
        for (FormatStyle style : new FormatStyle[] { FormatStyle.MEDIUM, FormatStyle.SHORT }) {
            try {
                return LocalDate.parse(trimmed, DateTimeFormatter.ofLocalizedDate(style).withLocale(Locale.getDefault()));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return LocalDate.parse(trimmed);
    }

    public static String time(LocalTime time) {
        return time == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.getDefault()).format(time);
    }

    /** Hours with up to two decimals and the unit, e.g. "7,5 Std." */
    public static String hours(double hours) {
        return NLS.bind(Messages.Hours_format, number(hours));
    }

    /** A number with up to two decimals in the user's locale, e.g. "7,5". */
    public static String number(double number) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault());
        format.setMaximumFractionDigits(2);
        return format.format(number);
    }
}
