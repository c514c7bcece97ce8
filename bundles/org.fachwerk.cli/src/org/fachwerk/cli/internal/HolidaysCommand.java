package org.fachwerk.cli.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.fachwerk.cli.internal.AdminApplication.WrongUse;
import org.fachwerk.core.PublicHolidays;
import org.fachwerk.model.FederalState;

/** {@code holidays --state BY [--year 2027]}: one line {@code YYYY-MM-DD name} per public holiday of the state. */
final class HolidaysCommand {

    /** Jollyday's calendar covers this range reliably; beyond it the rules of today would be guessed. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2200;

    private HolidaysCommand() {
    }

    static int run(String[] options, PrintStream out) throws WrongUse {
        FederalState state = null;
        int year = LocalDate.now().getYear();
        for (int i = 0; i < options.length; i++) {
            String option = options[i];
            if (i + 1 >= options.length || !(option.equals("--state") || option.equals("--year"))) {
                throw new WrongUse(NLS.bind(Messages.Holidays_unknownOption, option) + "\n" + Messages.Holidays_usage);
            }
            String value = options[++i];
            if (option.equals("--state")) {
                state = FederalState.get(value.toUpperCase(Locale.ROOT));
                if (state == null) {
                    throw new WrongUse(NLS.bind(Messages.Holidays_unknownState, value, states()));
                }
            } else {
                year = year(value);
            }
        }
        if (state == null) {
            throw new WrongUse(NLS.bind(Messages.Holidays_noState, states()) + "\n" + Messages.Holidays_usage);
        }
        for (PublicHolidays.Holiday holiday : PublicHolidays.of(state, year, Locale.getDefault())) {
            out.println(holiday.date() + " " + holiday.name());
        }
        return 0;
    }

    private static int year(String value) throws WrongUse {
        try {
            int year = Integer.parseInt(value);
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new WrongUse(NLS.bind(Messages.Holidays_badYear, new Object[] { value, FIRST_YEAR, LAST_YEAR }));
    }

    private static String states() {
        return Arrays.stream(FederalState.values()).map(FederalState::getLiteral).collect(Collectors.joining(", "));
    }
}
