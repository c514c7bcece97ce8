package org.fachwerk.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.fachwerk.store.Store;
import org.fachwerk.store.TextIndex;
import org.junit.jupiter.api.Test;

/** Texts found by their words, after reopening too; replaced and removed texts are no longer found. */
public interface TextIndexContract extends StoreUnderTest {

    @Test
    default void textsAreFoundByAllOfTheirWords() {
        Store first = openStore();
        TextIndex filled = first.begin("akoch").textIndex();
        filled.put("a", "Bescheid \u00fcber die Baugenehmigung Lindenweg 4");
        filled.put("b", "Protokoll der Ortsbegehung, Lindenweg; Brandschutz gepr\u00fcft");
        filled.put("c", "Einladung zum Sommerfest");
        try (Store store = reopen(first)) {
            TextIndex index = store.begin("akoch").textIndex();
            assertEquals(Set.of("a", "b"), Set.copyOf(index.search("lindenweg", 10)));
            assertEquals(List.of("b"), index.search("Lindenweg Brandschutz", 10), "every word");
            assertEquals(List.of("a"), index.search("\u00fcber", 10), "umlauts");
            assertTrue(index.search("Rathaus", 10).isEmpty());
            assertTrue(index.search("  ", 10).isEmpty());
            index.put("c", "Einladung zur Begehung Lindenweg");
            assertEquals(Set.of("a", "b", "c"), Set.copyOf(index.search("Lindenweg", 10)));
            assertTrue(index.search("Sommerfest", 10).isEmpty(), "the old text is gone");
            index.remove("a");
            assertEquals(Set.of("b", "c"), index.keys());
            assertEquals(1, index.search("Lindenweg", 1).size(), "at most the limit");
        }
    }
}
