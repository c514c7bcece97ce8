package org.fachwerk.demo;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Random;

import org.fachwerk.model.Department;

/**
 * Departments with people, projects, bookings and documents: a small one so that a new workbench has something to
 * show, and departments of any {@link Size} to measure the store and the views with. The same seed, date and size
 * always give the same department: the parts ({@code DemoOrganisation}, {@code DemoProjects} with
 * {@code DemoDocuments}, {@code DemoBookings}) draw from one {@link Random} in this order, and none iterates over a
 * hash-ordered collection.
 */
public final class DemoDepartment {

    /**
     * How much a generated department holds. Every count is exact, except that {@link #SMALL} stands for the
     * hand-made demo department, whose number of bookings depends on the weekday (see there).
     *
     * @param projects            the number of projects
     * @param workItems           the number of work items of all projects together, at any depth
     * @param persons             the number of persons
     * @param timeEntries         the number of bookings, spread over the working days of the year before today
     * @param largestProjectItems the number of work items of the first project, the largest one
     */
    public record Size(int projects, int workItems, int persons, int timeEntries, int largestProjectItems) {

        /**
         * Bookings one person may get on one day at most; with the shortest working day of the generator (16
         * quarter hours) every booking still lasts a quarter of an hour or more.
         */
        public static final int MAX_ENTRIES_PER_PERSON_AND_DAY = 16;

        /** Weekdays in any span of 365 days (52 full weeks and one day); a leap year's span has as many or more. */
        static final int MIN_WORKING_DAYS_PER_YEAR = 260;

        /**
         * The hand-made demo department that {@link DemoDepartment#create(long, LocalDate)} gives: 4 projects of 20
         * work items each (4 work packages with 3 tasks and a milestone), 8 persons. It books one entry per person and
         * working day from Monday of last week up to yesterday, which is 40 entries on a Monday and 80 from Saturday
         * on; {@code timeEntries} is that maximum.
         */
        public static final Size SMALL = new Size(4, 80, 8, 80, 20);

        /** A department far larger than any real one, to find out where the store and the views stop being fast. */
        public static final Size BENCHMARK = new Size(200, 100_000, 500, 1_000_000, 5_000);

        /**
         * @throws IllegalArgumentException when a count is not positive, the first project cannot be the largest
         *                                  one, a project would be left without work items, or the bookings do not
         *                                  fit into the persons' working days
         */
        public Size {
            positive("projects", projects);
            positive("workItems", workItems);
            positive("persons", persons);
            positive("timeEntries", timeEntries);
            positive("largestProjectItems", largestProjectItems);
            if (largestProjectItems > workItems) {
                throw new IllegalArgumentException("largestProjectItems (" + largestProjectItems
                        + ") must not exceed workItems (" + workItems + ")");
            }
            int rest = workItems - largestProjectItems;
            int others = projects - 1;
            if (others == 0 && rest > 0) {
                throw new IllegalArgumentException("a single project must hold all " + workItems
                        + " work items, but largestProjectItems is " + largestProjectItems);
            }
            if (rest < others) {
                throw new IllegalArgumentException("every project after the first needs at least one work item, but"
                        + " only " + rest + " of the " + workItems + " work items are left for the other " + others);
            }
            if ((long) others * largestProjectItems < rest) {
                throw new IllegalArgumentException("the first project must be the largest, but the other " + rest
                        + " work items do not fit into " + others + " projects of at most " + largestProjectItems
                        + " items each");
            }
            long capacity = (long) persons * MIN_WORKING_DAYS_PER_YEAR * MAX_ENTRIES_PER_PERSON_AND_DAY;
            if (timeEntries > capacity) {
                throw new IllegalArgumentException(timeEntries + " time entries do not fit into a year of working days"
                        + " of " + persons + " person(s) at " + MAX_ENTRIES_PER_PERSON_AND_DAY
                        + " bookings a day; at most " + capacity);
            }
        }

        private static void positive(String name, int value) {
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be positive, but is " + value);
            }
        }
    }

    private DemoDepartment() {
    }

    /** The small demo department as of {@code today}; the same as {@code create(seed, today, Size.SMALL)}. */
    public static Department create(long seed, LocalDate today) {
        return create(seed, today, Size.SMALL);
    }

    /**
     * A department of the given size as of {@code today}: {@link Size#SMALL} gives the hand-made demo department,
     * any other size a generated one with exactly the counts of the size. Every department passes the model's
     * validation.
     */
    public static Department create(long seed, LocalDate today, Size size) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(size, "size");
        Random random = new Random(seed);
        Department department = DemoOrganisation.department();
        if (size.equals(Size.SMALL)) {
            // UI tests rely on the hand-made department's exact content, so it keeps its own code
            DemoOrganisation.addHandMade(department);
            DemoProjects.addHandMade(department, random, today);
            DemoBookings.addHandMade(department, random, today);
        } else {
            DemoOrganisation.generate(department, random, size.persons());
            DemoProjects.generate(department, random, today, size);
            DemoBookings.generate(department, random, today, size.timeEntries());
        }
        return department;
    }
}
