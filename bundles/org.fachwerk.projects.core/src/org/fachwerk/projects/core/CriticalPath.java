package org.fachwerk.projects.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.fachwerk.model.DependencyType;

/**
 * The critical path method on activities measured in working days: a forward pass gives each activity its early
 * start and finish, a backward pass from the project's end its late start and finish; their difference is the
 * total float, the room an activity has without delaying the end, and activities without it are critical. Free
 * float is the room before any successor moves. Dependencies are finish-to-start, start-to-start,
 * finish-to-finish or start-to-finish, each with a lag in working days (negative for a lead). Times are working-day
 * numbers from the project's start (day 0); an activity of duration d that starts on day s finishes at s + d, the
 * start of the day after its last.
 */
public final class CriticalPath {

    /**
     * Something to schedule.
     *
     * @param id its name, unique among the activities
     * @param duration in working days; 0 for a milestone
     * @param earliestStart the day it may start at the earliest (0 for the project's start)
     */
    public record Activity(String id, int duration, int earliestStart) {
        public Activity {
            Objects.requireNonNull(id);
            if (duration < 0) {
                throw new IllegalArgumentException(id + ": a duration cannot be negative (" + duration + ")");
            }
        }

        public Activity(String id, int duration) {
            this(id, duration, 0);
        }
    }

    /** A dependency of {@code successor} on {@code predecessor}. */
    public record Link(String predecessor, String successor, DependencyType type, int lag) {
        public Link {
            Objects.requireNonNull(predecessor);
            Objects.requireNonNull(successor);
            Objects.requireNonNull(type);
        }
    }

    /** The result for one activity. */
    public record Times(int earlyStart, int earlyFinish, int lateStart, int lateFinish, int totalFloat, int freeFloat) {
        /** Without float: any delay delays the project. */
        public boolean critical() {
            return totalFloat <= 0;
        }
    }

    private final Map<String, Activity> activities = new LinkedHashMap<>();
    private final List<Link> links;
    private final Map<String, List<Link>> incoming = new HashMap<>();
    private final Map<String, List<Link>> outgoing = new HashMap<>();

    private CriticalPath(List<Activity> activities, List<Link> links) {
        for (Activity activity : activities) {
            if (this.activities.put(activity.id(), activity) != null) {
                throw new IllegalArgumentException("Two activities are called " + activity.id());
            }
        }
        this.links = List.copyOf(links);
        for (Link link : links) {
            if (!this.activities.containsKey(link.predecessor()) || !this.activities.containsKey(link.successor())) {
                throw new IllegalArgumentException("A dependency joins an unknown activity: " + link);
            }
            outgoing.computeIfAbsent(link.predecessor(), k -> new ArrayList<>()).add(link);
            incoming.computeIfAbsent(link.successor(), k -> new ArrayList<>()).add(link);
        }
    }

    /**
     * The times of every activity, in the order given.
     *
     * @throws CycleException when the dependencies go round in a circle, naming the activities on it
     */
    public static Map<String, Times> compute(List<Activity> activities, List<Link> links) {
        return new CriticalPath(activities, links).compute();
    }

    /** The end of the project: the latest early finish (0 without activities). */
    public static int end(Map<String, Times> times) {
        return times.values().stream().mapToInt(Times::earlyFinish).max().orElse(0);
    }

    private Map<String, Times> compute() {
        List<String> order = topologicalOrder();
        Map<String, Integer> earlyStart = new HashMap<>();
        for (String id : order) {
            Activity activity = activities.get(id);
            int start = activity.earliestStart();
            for (Link link : incoming.getOrDefault(id, List.of())) {
                int predecessorStart = earlyStart.get(link.predecessor());
                int predecessorFinish = predecessorStart + activities.get(link.predecessor()).duration();
                start = Math.max(start, switch (link.type()) {
                case FS -> predecessorFinish + link.lag();
                case SS -> predecessorStart + link.lag();
                case FF -> predecessorFinish + link.lag() - activity.duration();
                case SF -> predecessorStart + link.lag() - activity.duration();
                });
            }
            earlyStart.put(id, start);
        }
        int end = 0;
        for (String id : order) {
            end = Math.max(end, earlyStart.get(id) + activities.get(id).duration());
        }
        Map<String, Integer> lateFinish = new HashMap<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            String id = order.get(i);
            Activity activity = activities.get(id);
            int finish = end;
            for (Link link : outgoing.getOrDefault(id, List.of())) {
                int successorFinish = lateFinish.get(link.successor());
                int successorStart = successorFinish - activities.get(link.successor()).duration();
                finish = Math.min(finish, switch (link.type()) {
                case FS -> successorStart - link.lag();
                case SS -> successorStart - link.lag() + activity.duration();
                case FF -> successorFinish - link.lag();
                case SF -> successorFinish - link.lag() + activity.duration();
                });
            }
            lateFinish.put(id, finish);
        }
        Map<String, Times> times = new LinkedHashMap<>();
        for (Activity activity : activities.values()) {
            String id = activity.id();
            int es = earlyStart.get(id);
            int ef = es + activity.duration();
            int lf = lateFinish.get(id);
            int free = end - ef;
            for (Link link : outgoing.getOrDefault(id, List.of())) {
                int successorStart = earlyStart.get(link.successor());
                int successorFinish = successorStart + activities.get(link.successor()).duration();
                free = Math.min(free, switch (link.type()) {
                case FS -> successorStart - link.lag() - ef;
                case SS -> successorStart - link.lag() - es;
                case FF -> successorFinish - link.lag() - ef;
                case SF -> successorFinish - link.lag() - es;
                });
            }
            times.put(id, new Times(es, ef, lf - activity.duration(), lf, lf - ef, Math.max(0, free)));
        }
        return times;
    }

    /** Kahn's algorithm; what is left over lies on a cycle. */
    private List<String> topologicalOrder() {
        Map<String, Integer> waiting = new HashMap<>();
        Deque<String> ready = new ArrayDeque<>();
        for (String id : activities.keySet()) {
            int count = incoming.getOrDefault(id, List.of()).size();
            waiting.put(id, count);
            if (count == 0) {
                ready.add(id);
            }
        }
        List<String> order = new ArrayList<>(activities.size());
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(id);
            for (Link link : outgoing.getOrDefault(id, List.of())) {
                if (waiting.merge(link.successor(), -1, Integer::sum) == 0) {
                    ready.add(link.successor());
                }
            }
        }
        if (order.size() < activities.size()) {
            List<String> cycle = activities.keySet().stream().filter(id -> waiting.get(id) > 0).toList();
            throw new CycleException(cycle);
        }
        return order;
    }

    /** The dependencies go round in a circle: no order of the activities satisfies them. */
    public static final class CycleException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final List<String> activities;

        CycleException(List<String> activities) {
            super(NLS.bind(Messages.Cycle, String.join(", ", activities)));
            this.activities = List.copyOf(activities);
        }

        /** The activities on the circle, or waiting for it. */
        public List<String> activities() {
            return activities;
        }
    }

    /** The links, as given. */
    List<Link> links() {
        return links;
    }
}
