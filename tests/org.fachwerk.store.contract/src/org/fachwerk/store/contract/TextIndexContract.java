package org.fachwerk.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.fachwerk.store.Store;
import org.junit.jupiter.api.Test;

/** Texts found by their words, after reopening too; replaced and removed texts are no longer found. */
public interface TextIndexContract extends StoreUnderTest {

    @Test
    default void textsAreFoundByAllOfTheirWords() {
        Store first = openStore();
        first.textIndex().put("a", "Bescheid \u00fcber die Baugenehmigung Lindenweg 4");
        first.textIndex().put("b", "Protokoll der Ortsbegehung, Lindenweg; Brandschutz gepr\u00fcft");
        first.textIndex().put("c", "Einladung zum Sommerfest");
        try (Store store = reopen(first)) {
            assertEquals(Set.of("a", "b"), Set.copyOf(store.textIndex().search("lindenweg", 10)));
            assertEquals(List.of("b"), store.textIndex().search("Lindenweg Brandschutz", 10), "every word");
            assertEquals(List.of("a"), store.textIndex().search("\u00fcber", 10), "umlauts");
            assertTrue(store.textIndex().search("Rathaus", 10).isEmpty());
            assertTrue(store.textIndex().search("  ", 10).isEmpty());
            store.textIndex().put("c", "Einladung zur Begehung Lindenweg");
            assertEquals(Set.of("a", "b", "c"), Set.copyOf(store.textIndex().search("Lindenweg", 10)));
            assertTrue(store.textIndex().search("Sommerfest", 10).isEmpty(), "the old text is gone");
            store.textIndex().remove("a");
            assertEquals(Set.of("b", "c"), store.textIndex().keys());
            assertEquals(1, store.textIndex().search("Lindenweg", 1).size(), "at most the limit");
        }
    }
}
