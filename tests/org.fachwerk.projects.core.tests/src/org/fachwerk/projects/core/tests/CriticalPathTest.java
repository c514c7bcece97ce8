package org.fachwerk.projects.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.fachwerk.model.DependencyType;
import org.fachwerk.projects.core.CriticalPath;
import org.fachwerk.projects.core.CriticalPath.Activity;
import org.fachwerk.projects.core.CriticalPath.Link;
import org.fachwerk.projects.core.CriticalPath.Times;
import org.junit.jupiter.api.Test;

/** Forward and backward pass, floats and the critical path on worked examples whose results are known. */
class CriticalPathTest {

    private static Link fs(String before, String after) {
        return new Link(before, after, DependencyType.FS, 0);
    }

    @Test
    void theTextbookNetworkWithFinishToStartDependencies() {
        // A(3) -> B(2) -> D(5) -> F(2); A -> C(4) -> E(2) -> F
        Map<String, Times> times = CriticalPath.compute(
                List.of(new Activity("A", 3), new Activity("B", 2), new Activity("C", 4), new Activity("D", 5),
                        new Activity("E", 2), new Activity("F", 2)),
                List.of(fs("A", "B"), fs("A", "C"), fs("B", "D"), fs("C", "E"), fs("D", "F"), fs("E", "F")));
        // early start, early finish, late start, late finish, total float, free float
        assertEquals(new Times(0, 3, 0, 3, 0, 0), times.get("A"));
        assertEquals(new Times(3, 5, 3, 5, 0, 0), times.get("B"));
        assertEquals(new Times(3, 7, 4, 8, 1, 0), times.get("C"));
        assertEquals(new Times(5, 10, 5, 10, 0, 0), times.get("D"));
        assertEquals(new Times(7, 9, 8, 10, 1, 1), times.get("E"));
        assertEquals(new Times(10, 12, 10, 12, 0, 0), times.get("F"));
        assertEquals(12, CriticalPath.end(times));
        assertEquals(List.of("A", "B", "D", "F"),
                times.entrySet().stream().filter(e -> e.getValue().critical()).map(Map.Entry::getKey).toList());
    }

    @Test
    void startToStartFinishToFinishAndStartToFinishWithLags() {
        // Y starts 2 days after X starts; Z finishes 1 day after Y finishes; W finishes at least 1 day after X starts
        Map<String, Times> times = CriticalPath.compute(
                List.of(new Activity("X", 4), new Activity("Y", 3), new Activity("Z", 2), new Activity("W", 3)),
                List.of(new Link("X", "Y", DependencyType.SS, 2), new Link("Y", "Z", DependencyType.FF, 1),
                        new Link("X", "W", DependencyType.SF, 1)));
        assertEquals(new Times(0, 4, 0, 4, 0, 0), times.get("X"));
        assertEquals(new Times(2, 5, 2, 5, 0, 0), times.get("Y"));
        assertEquals(new Times(4, 6, 4, 6, 0, 0), times.get("Z"));
        assertEquals(new Times(0, 3, 3, 6, 3, 3), times.get("W"), "W cannot start before the project does");
        assertEquals(6, CriticalPath.end(times));
    }

    @Test
    void aNegativeLagLetsTheSuccessorOverlap() {
        Map<String, Times> times = CriticalPath.compute(List.of(new Activity("P", 5), new Activity("Q", 3)),
                List.of(new Link("P", "Q", DependencyType.FS, -2)));
        assertEquals(new Times(3, 6, 3, 6, 0, 0), times.get("Q"));
        assertTrue(times.get("P").critical());
    }

    @Test
    void aMilestoneTakesNoTimeAndAnEarliestStartHoldsAnActivityBack() {
        Map<String, Times> times = CriticalPath.compute(
                List.of(new Activity("A", 3), new Activity("M", 0), new Activity("Later", 2, 5)),
                List.of(fs("A", "M")));
        assertEquals(new Times(3, 3, 7, 7, 4, 4), times.get("M"));
        assertEquals(new Times(5, 7, 5, 7, 0, 0), times.get("Later"));
    }

    @Test
    void aCircleOfDependenciesIsNamed() {
        CriticalPath.CycleException cycle = assertThrows(CriticalPath.CycleException.class,
                () -> CriticalPath.compute(List.of(new Activity("A", 1), new Activity("B", 1), new Activity("C", 1)),
                        List.of(fs("A", "B"), fs("B", "A"), fs("C", "A"))));
        assertEquals(List.of("A", "B"), cycle.activities());
        assertTrue(cycle.getMessage().contains("A, B"), cycle.getMessage());
    }

    @Test
    void tenThousandActivitiesInAChainAndAFanAreComputed() {
        List<Activity> activities = new java.util.ArrayList<>();
        List<Link> links = new java.util.ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            activities.add(new Activity("T" + i, 1 + i % 3));
            if (i > 0) {
                links.add(fs("T" + (i % 2 == 0 ? i - 1 : i / 2), "T" + i));
            }
        }
        Map<String, Times> times = CriticalPath.compute(activities, links);
        assertEquals(10_000, times.size());
        assertTrue(times.values().stream().allMatch(t -> t.totalFloat() >= 0 && t.freeFloat() <= t.totalFloat()));
    }
}
