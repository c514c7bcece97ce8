package org.fachwerk.store.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.fachwerk.store.Contents;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreException;
import org.junit.jupiter.api.Test;

/**
 * Content streamed in and out with its SHA-256; content that is too large, broken off or not as it was stored is
 * never taken.
 */
public interface ContentsContract extends StoreUnderTest {

    /** About 36 kB of text. */
    byte[] TEXT = "Bescheid \u00fcber die Baugenehmigung\n".repeat(1000).getBytes(StandardCharsets.UTF_8);

    /** The SHA-256 of the bytes in lower-case hex, as stores give it. */
    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    default void contentComesBackAsItWentInWithItsHash() throws Exception {
        Store first = openStore();
        Contents.Stored stored = first.contents().write("v1", new ByteArrayInputStream(TEXT), 1 << 20);
        assertEquals(TEXT.length, stored.size());
        assertEquals(sha256(TEXT), stored.sha256());
        assertTrue(first.contents().exists("v1"));
        assertEquals(List.of("v1"), first.contents().keys());
        try (Store store = reopen(first)) {
            try (InputStream in = store.contents().read("v1", sha256(TEXT))) {
                assertArrayEquals(TEXT, in.readAllBytes(), "after reopening");
                in.close(); // as libraries do that close what they read: closing twice is harmless
            }
            store.contents().write("v2", new ByteArrayInputStream(TEXT), 1 << 20);
            assertEquals(2, store.contents().keys().size(), "the connection went back once and works");
        }
    }

    @Test
    default void contentReadAgainstAnotherHashFailsAtTheEndOfItsStream() throws Exception {
        try (Store store = openStore()) {
            store.contents().write("v1", new ByteArrayInputStream(TEXT), 1 << 20);
            try (InputStream in = store.contents().read("v1", "0".repeat(64))) {
                byte[] start = in.readNBytes(TEXT.length - 1);
                assertArrayEquals(Arrays.copyOf(TEXT, TEXT.length - 1), start, "the bytes come as they are");
                Contents.IntegrityException corrupted = assertThrows(Contents.IntegrityException.class,
                        in::readAllBytes, "but not taken for good");
                assertTrue(corrupted.getMessage().contains("v1") && corrupted.getMessage().contains("corrupted"),
                        corrupted.getMessage());
            }
            assertEquals(List.of("v1"), store.contents().keysStoredBefore(Instant.now().plusSeconds(60)));
            assertEquals(List.of(), store.contents().keysStoredBefore(Instant.now().minusSeconds(3600)));
        }
    }

    @Test
    default void tooLargeOrInterruptedContentStoresNothing() throws Exception {
        try (Store store = openStore()) {
            Contents.TooLargeException large = assertThrows(Contents.TooLargeException.class,
                    () -> store.contents().write("big", new ByteArrayInputStream(TEXT), 1000));
            assertEquals(1000, large.limit());
            assertTrue(large.getMessage().contains("nothing was stored"), large.getMessage());
            assertFalse(store.contents().exists("big"));

            InputStream failing = new InputStream() {
                private int sent;

                @Override
                public int read() throws IOException {
                    if (sent++ > 50_000) {
                        throw new IOException("the network drive went away");
                    }
                    return 'x';
                }
            };
            IOException broken = assertThrows(IOException.class,
                    () -> store.contents().write("broken", failing, 1 << 20));
            assertEquals("the network drive went away", broken.getMessage());
            assertFalse(store.contents().exists("broken"));
            assertThrows(StoreException.class, () -> store.contents().read("broken", null));

            store.contents().write("small", new ByteArrayInputStream(TEXT), 1 << 20);
            assertThrows(StoreException.class, () -> store.contents().write("small",
                    new ByteArrayInputStream(TEXT), 1 << 20), "a key holds one content");
            store.contents().delete("small");
            assertFalse(store.contents().exists("small"));
        }
    }
}
