package org.fachwerk.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.fachwerk.model.ApprovalState;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkLocation;

/**
 * The people's bookings on their tasks: a working day each from Monday of last week in the demo department, or as
 * many as a size asks for, spread over the working days of the year before today and approved as a department does.
 */
final class DemoBookings {

    private static final FachwerkFactory FACTORY = FachwerkFactory.eINSTANCE;

    private static final String WITHOUT_TASK = "Allgemeine Verwaltung";

    /** A quarter of an hour is the unit of the generated bookings. */
    private static final int SLOT_MINUTES = 15;

    /** Every quarter hour of a day; the bookings share these instead of holding a million times of their own. */
    private static final LocalTime[] SLOT_TIMES = new LocalTime[24 * 60 / SLOT_MINUTES];

    static {
        for (int i = 0; i < SLOT_TIMES.length; i++) {
            SLOT_TIMES[i] = LocalTime.of(i * SLOT_MINUTES / 60, i * SLOT_MINUTES % 60);
        }
    }

    /** Working days begin between 6:30 and 9:00. */
    private static final int FIRST_START_SLOT = 26;
    private static final int START_SLOT_CHOICES = 11;

    private final Department department;
    private final Random random;
    private final LocalDate today;
    private final List<Person> persons;
    /** Quarter hours a person is at work on a day, a break included; from the weekly capacity. */
    private final int[] dailySlots;
    private final Map<Person, List<WorkItem>> ownTasks;

    private DemoBookings(Department department, Random random, LocalDate today) {
        this.department = department;
        this.random = random;
        this.today = today;
        this.persons = department.getPersons();
        this.dailySlots = new int[persons.size()];
        for (int i = 0; i < dailySlots.length; i++) {
            // a fifth of the weekly hours a day, plus half an hour of break
            dailySlots[i] = (int) Math.round(persons.get(i).getWeeklyCapacity() / 5 * 60 / SLOT_MINUTES) + 2;
        }
        this.ownTasks = ownTasks(department);
    }

    /** Office and home days from Monday of last week up to yesterday, on tasks assigned to each person. */
    static void addHandMade(Department department, Random random, LocalDate today) {
        Map<Person, List<WorkItem>> ownTasks = ownTasks(department);
        LocalDate from = today.with(DayOfWeek.MONDAY).minusWeeks(1);
        for (Person person : department.getPersons()) {
            List<WorkItem> own = ownTasks.getOrDefault(person, List.of());
            for (LocalDate day = from; day.isBefore(today); day = day.plusDays(1)) {
                if (day.getDayOfWeek().getValue() >= 6) {
                    continue;
                }
                TimeEntry entry = FACTORY.createTimeEntry();
                entry.setPerson(person);
                entry.setDate(day);
                entry.setStart(LocalTime.of(7 + random.nextInt(2), random.nextInt(4) * 15));
                entry.setEnd(entry.getStart().plusHours(8).plusMinutes(30));
                entry.setBreakMinutes(30);
                entry.setLocation(random.nextInt(5) < 2 ? WorkLocation.HOME : WorkLocation.OFFICE);
                entry.setTask(own.isEmpty() ? null : own.get(random.nextInt(own.size())));
                department.getTimeEntries().add(entry);
            }
        }
    }

    /** {@code count} bookings, as evenly over the persons as they go. */
    static void generate(Department department, Random random, LocalDate today, int count) {
        new DemoBookings(department, random, today).addBookings(count);
    }

    /**
     * What each person books on: the work items without children that the person is assigned to, in the order of
     * the projects' trees.
     */
    private static Map<Person, List<WorkItem>> ownTasks(Department department) {
        Map<Person, List<WorkItem>> own = new HashMap<>();
        for (Project project : department.getProjects()) {
            for (TreeIterator<EObject> contents = project.eAllContents(); contents.hasNext();) {
                if (contents.next() instanceof WorkItem item && item.isLeaf()) {
                    for (Person person : item.getAssignees()) {
                        own.computeIfAbsent(person, p -> new ArrayList<>()).add(item);
                    }
                }
            }
        }
        return own;
    }

    private int next(int bound) {
        return random.nextInt(bound);
    }

    /**
     * Spreads the bookings evenly over persons and the working days of the year before today. A person's day is
     * one stretch of work cut into as many bookings as the day gets, each on a task of the person that runs that
     * day where there is one.
     */
    private void addBookings(int timeEntries) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = today.minusYears(1); day.isBefore(today); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() < 6) {
                days.add(day);
            }
        }
        int workingDays = days.size();
        LocalDate[] dates = days.toArray(new LocalDate[0]);
        // months before last are approved, last month is handed in, this month is still open
        LocalDate thisMonth = today.withDayOfMonth(1);
        LocalDate lastMonth = thisMonth.minusMonths(1);
        ApprovalState[] approvals = new ApprovalState[workingDays];
        long[] epochDays = new long[workingDays];
        for (int d = 0; d < workingDays; d++) {
            approvals[d] = dates[d].isBefore(lastMonth) ? ApprovalState.APPROVED
                    : dates[d].isBefore(thisMonth) ? ApprovalState.SUBMITTED : ApprovalState.OPEN;
            epochDays[d] = dates[d].toEpochDay();
        }
        int[] cuts = new int[128];
        List<TimeEntry> entries = department.getTimeEntries();
        int count = persons.size();
        for (int p = 0; p < count; p++) {
            long quota = timeEntries / count + (p < timeEntries % count ? 1 : 0);
            OwnTasks own = new OwnTasks(ownTasks.getOrDefault(persons.get(p), List.of()));
            // the person's days with one booking more than others are spread evenly, from a random first day
            long offset = next(workingDays);
            for (int d = 0; d < workingDays; d++) {
                int bookings = (int) ((d + 1 + offset) * quota / workingDays - (d + offset) * quota / workingDays);
                if (bookings > 0) {
                    bookDay(p, bookings, dates[d], epochDays[d], approvals[d], own, cuts, entries);
                }
            }
        }
    }

    private void bookDay(int personIndex, int bookings, LocalDate date, long epochDay, ApprovalState approval,
            OwnTasks own, int[] cuts, List<TimeEntry> entries) {
        int firstSlot = FIRST_START_SLOT + next(START_SLOT_CHOICES);
        int slots = Math.max(bookings, dailySlots[personIndex] + next(5) - 2);
        // the day's stretch is cut at bookings - 1 distinct quarter hours, drawn from all it has
        int cutCount = bookings - 1;
        for (int i = 0; i < slots - 1; i++) {
            cuts[i] = i + 1;
        }
        for (int i = 0; i < cutCount; i++) {
            int j = i + next(slots - 1 - i);
            int swap = cuts[i];
            cuts[i] = cuts[j];
            cuts[j] = swap;
        }
        Arrays.sort(cuts, 0, cutCount);
        // the longest booking holds the day's break: 30 to 60 minutes after six hours, else now and then 15
        int longest = 0;
        int longestLength = 0;
        for (int b = 0; b < bookings; b++) {
            int length = (b == cutCount ? slots : cuts[b]) - (b == 0 ? 0 : cuts[b - 1]);
            if (length > longestLength) {
                longest = b;
                longestLength = length;
            }
        }
        int breakSlots = slots > 24 ? 2 + next(3) : next(3) == 0 ? 1 : 0;
        int breakMinutes = Math.min(breakSlots, longestLength - 1) * SLOT_MINUTES;
        int place = next(20);
        WorkLocation dayLocation = place < 11 ? WorkLocation.OFFICE
                : place < 19 ? WorkLocation.HOME : WorkLocation.MOBILE;
            Person person = persons.get(personIndex);
        for (int b = 0; b < bookings; b++) {
            int from = firstSlot + (b == 0 ? 0 : cuts[b - 1]);
            int to = firstSlot + (b == cutCount ? slots : cuts[b]);
            TimeEntry entry = FACTORY.createTimeEntry();
            entry.setPerson(person);
            entry.setDate(date);
            entry.setStart(SLOT_TIMES[from]);
            entry.setEnd(SLOT_TIMES[to]);
            if (b == longest && breakMinutes > 0) {
                entry.setBreakMinutes(breakMinutes);
            }
            WorkItem task = own.pick(epochDay, random);
            if (task == null) {
                entry.setComment(WITHOUT_TASK);
            } else {
                entry.setTask(task);
            }
            // an office day now and then has an appointment on site
            entry.setLocation(dayLocation == WorkLocation.OFFICE && next(12) == 0 ? WorkLocation.MOBILE
                    : dayLocation);
            entry.setApproval(approval);
            entries.add(entry);
        }
    }

    /**
     * A person's tasks in order of their start, with those running on the current day at hand. Days must be asked
     * for in ascending order; then each task enters and leaves the running ones once, so picking costs next to
     * nothing however many tasks a person has.
     */
    private static final class OwnTasks {
        /** How many tasks before or after the day a booking outside all tasks' periods may go to. */
        private static final int NEARBY = 8;

        private final WorkItem[] tasks;
        private final long[] starts;
        private final long[] ends;
        private final int[] running;
        private int runningCount;
        private int nextToStart;

        OwnTasks(List<WorkItem> assigned) {
            tasks = assigned.toArray(new WorkItem[0]);
            Arrays.sort(tasks, Comparator.comparing(WorkItem::getPlannedStart));
            starts = new long[tasks.length];
            ends = new long[tasks.length];
            for (int i = 0; i < tasks.length; i++) {
                starts[i] = tasks[i].getPlannedStart().toEpochDay();
                ends[i] = tasks[i].getPlannedEnd().toEpochDay();
            }
            running = new int[tasks.length];
        }

        /**
         * A task running on the day; else one of the last few that began before it (work left over) or, when none
         * has begun yet, of the first few to come (preparation); null for a person without tasks.
         */
        WorkItem pick(long epochDay, Random random) {
            if (tasks.length == 0) {
                return null;
            }
            while (nextToStart < tasks.length && starts[nextToStart] <= epochDay) {
                running[runningCount++] = nextToStart++;
            }
            while (runningCount > 0) {
                int i = random.nextInt(runningCount);
                if (ends[running[i]] >= epochDay) {
                    return tasks[running[i]];
                }
                // finished for good, since the days only move forward
                running[i] = running[--runningCount];
            }
            if (nextToStart > 0) {
                return tasks[nextToStart - 1 - random.nextInt(Math.min(NEARBY, nextToStart))];
            }
            return tasks[random.nextInt(Math.min(NEARBY, tasks.length))];
        }
    }
}
