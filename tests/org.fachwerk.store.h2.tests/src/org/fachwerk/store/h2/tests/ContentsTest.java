package org.fachwerk.store.h2.tests;

import static org.fachwerk.store.h2.tests.H2StoreTest.storeService;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.fachwerk.store.Contents;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.StoreLocation;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content streamed in and out with its SHA-256; corrupted, too large or interrupted content is never taken. */
class ContentsTest {

    @TempDir
    Path directory;

    private static final byte[] TEXT = "Bescheid \u00fcber die Baugenehmigung\n".repeat(1000)
            .getBytes(StandardCharsets.UTF_8);

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void contentComesBackAsItWentInWithItsHash() throws Exception {
        try (Store store = storeService().open(StoreLocation.embedded(directory))) {
            Contents.Stored stored = store.contents().write("v1", new ByteArrayInputStream(TEXT), 1 << 20);
            assertEquals(TEXT.length, stored.size());
            assertEquals(sha256(TEXT), stored.sha256());
            assertTrue(store.contents().exists("v1"));
            assertEquals(List.of("v1"), store.contents().keys());
        }
        try (Store store = storeService().open(StoreLocation.embedded(directory))) {
            try (InputStream in = store.contents().read("v1", sha256(TEXT))) {
                assertArrayEquals(TEXT, in.readAllBytes(), "after reopening");
                in.close(); // as libraries do that close what they read: closing twice is harmless
            }
            store.contents().write("v2", new ByteArrayInputStream(TEXT), 1 << 20);
            assertEquals(2, store.contents().keys().size(), "the connection went back once and works");
        }
    }

    @Test
    void corruptedContentIsReportedAndNeverReadToItsEnd() throws Exception {
        try (Store store = storeService().open(StoreLocation.embedded(directory))) {
            store.contents().write("v1", new ByteArrayInputStream(TEXT), 1 << 20);
        }
        // a bit flipped behind the store's back
        byte[] damaged = TEXT.clone();
        damaged[100] ^= 1;
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + directory.resolve("fachwerk"));
        source.setUser("fachwerk");
        try (Connection raw = source.getConnection(); PreparedStatement update = raw.prepareStatement(
                        "UPDATE \"CONTENT\" SET \"DATA\" = ? WHERE \"KEY\" = 'v1'")) {
            update.setBytes(1, damaged);
            assertEquals(1, update.executeUpdate());
        }
        try (Store store = storeService().open(StoreLocation.embedded(directory))) {
            try (InputStream in = store.contents().read("v1", sha256(TEXT))) {
                Contents.IntegrityException corrupted = assertThrows(Contents.IntegrityException.class,
                        in::readAllBytes);
                assertTrue(corrupted.getMessage().contains("v1") && corrupted.getMessage().contains("corrupted"),
                        corrupted.getMessage());
            }
            try (InputStream in = store.contents().read("v1", "0".repeat(64))) {
                assertThrows(Contents.IntegrityException.class, in::readAllBytes, "nor when metadata disagrees");
            }
        }
    }

    @Test
    void tooLargeOrInterruptedContentStoresNothing() throws Exception {
        try (Store store = storeService().open(StoreLocation.inMemory("limits"))) {
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

    @Test
    void aGigabyteGoesInAndOutWithAQuarterGigabyteOfHeap() throws Exception {
        String classPath = String.join(File.pathSeparator, LargeCommit.classPath());
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", classPath, LargeContent.class.getName(), directory.toString(),
                Long.toString(1L << 30)).redirectErrorStream(true).start();
        StringBuilder said = new StringBuilder();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                said.append(line).append('\n');
            }
        }
        assertTrue(child.waitFor(10, TimeUnit.MINUTES));
        System.out.print(said);
        assertEquals(0, child.exitValue(), said.toString());
        assertTrue(said.toString().startsWith(LargeContent.OK + ": 1024 MB"), said.toString());
    }
}
