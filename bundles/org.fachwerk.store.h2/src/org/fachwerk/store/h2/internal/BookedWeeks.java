package org.fachwerk.store.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.fachwerk.model.FachwerkPackage;

/**
 * The table BOOKED_WEEK: minutes booked per person and week, recomputed in each commit for the weeks whose
 * bookings it writes, so that weekly reports need not read every booking.
 */
final class BookedWeeks {

    /** A person's week. */
    record Week(String personId, LocalDate monday) {
    }

    private static final int IDS_PER_QUERY = 10_000;

    private static final String PERSON = quote(TableMapping.column(FachwerkPackage.Literals.TIME_ENTRY__PERSON));
    private static final String DATE = quote(TableMapping.column(FachwerkPackage.Literals.TIME_ENTRY__DATE));
    private static final String START = quote(TableMapping.column(FachwerkPackage.Literals.TIME_ENTRY__START));
    private static final String END = quote(TableMapping.column(FachwerkPackage.Literals.TIME_ENTRY__END));
    private static final String BREAKS = quote(TableMapping.column(FachwerkPackage.Literals.TIME_ENTRY__BREAK_MINUTES));
    /**
     * The net minutes of one booking, as TimeEntry.getDurationMinutes() counts them: one that ends before it starts
     * runs past midnight, and breaks longer than the booking leave nothing.
     */
    private static final String MINUTES = "GREATEST(0, DATEDIFF(MINUTE, " + START + ", " + END + ") + CASE WHEN " + END
            + " < " + START + " THEN 1440 ELSE 0 END - COALESCE(" + BREAKS + ", 0))";

    private final String timeEntries;
    private final int personColumn;
    private final int dateColumn;

    BookedWeeks(TableMapping mapping) {
        TableMapping.ClassTable table = mapping.table(FachwerkPackage.Literals.TIME_ENTRY);
        timeEntries = table.name();
        personColumn = table.columns().indexOf(TableMapping.column(FachwerkPackage.Literals.TIME_ENTRY__PERSON));
        dateColumn = table.columns().indexOf(TableMapping.column(FachwerkPackage.Literals.TIME_ENTRY__DATE));
    }

    boolean isBookings(TableMapping.ClassTable table) {
        return table.name().equals(timeEntries);
    }

    /** The weeks of inserted booking rows, written in the column order of the table. */
    void addWeeksOfRows(Collection<Object[]> rows, Set<Week> weeks) {
        for (Object[] row : rows) {
            if (row[personColumn] != null && row[dateColumn] != null) {
                weeks.add(new Week((String) row[personColumn], monday((LocalDate) row[dateColumn])));
            }
        }
    }

    /** The weeks the stored bookings with the ids fall in. */
    void addWeeksOfStored(Connection connection, List<String> ids, Set<Week> weeks) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + PERSON + ", " + DATE + " FROM "
                + quote(timeEntries) + " WHERE " + quote(TableMapping.ID) + " = ANY(?)")) {
            for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
                query.setObject(1, ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)).toArray(new String[0]));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        LocalDate date = rows.getObject(2, LocalDate.class);
                        if (rows.getString(1) != null && date != null) {
                            weeks.add(new Week(rows.getString(1), monday(date)));
                        }
                    }
                }
            }
        }
    }

    /** Computes the weeks again from the bookings as they are now in the transaction. */
    void recompute(Connection connection, Set<Week> weeks) throws SQLException {
        if (weeks.isEmpty()) {
            return;
        }
        try (PreparedStatement merge = connection.prepareStatement("MERGE INTO \"BOOKED_WEEK\" KEY (\"PERSON_ID\","
                + " \"MONDAY\") SELECT CAST(? AS VARCHAR(36)), CAST(? AS DATE), COALESCE(SUM(" + MINUTES + "), 0),"
                + " COUNT(*) FROM " + quote(timeEntries) + " WHERE " + PERSON + " = ? AND " + DATE
                + " BETWEEN ? AND ?")) {
            for (Week week : weeks) {
                merge.setString(1, week.personId());
                merge.setObject(2, week.monday());
                merge.setString(3, week.personId());
                merge.setObject(4, week.monday());
                merge.setObject(5, week.monday().plusDays(6));
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }

    /** Hours per person and week for the weeks from the one of {@code from} to the one of {@code to}. */
    static List<org.fachwerk.store.WeeklyHours> read(Connection connection, LocalDate from, LocalDate to)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT \"PERSON_ID\", \"MONDAY\", \"MINUTES\""
                + " FROM \"BOOKED_WEEK\" WHERE \"MONDAY\" BETWEEN ? AND ? AND \"BOOKINGS\" > 0"
                + " ORDER BY \"PERSON_ID\", \"MONDAY\"")) {
            query.setObject(1, monday(from));
            query.setObject(2, monday(to));
            List<org.fachwerk.store.WeeklyHours> hours = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    hours.add(new org.fachwerk.store.WeeklyHours(rows.getString(1), rows.getObject(2, LocalDate.class),
                            rows.getLong(3) / 60.0));
                }
            }
            return hours;
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier + '"';
    }

    static LocalDate monday(LocalDate date) {
        return date.with(DayOfWeek.MONDAY);
    }
}
