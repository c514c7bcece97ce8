package org.fachwerk.store.h2.tests;

import static org.fachwerk.store.contract.ContentsContract.TEXT;
import static org.fachwerk.store.contract.ContentsContract.sha256;
import static org.fachwerk.store.h2.tests.H2StoreTest.storeService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.TimeUnit;

import org.fachwerk.store.Contents;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreLocation;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content on H2: damaged behind the store's back, and larger than the heap. What every store does with content is in
 * {@link org.fachwerk.store.contract.ContentsContract}.
 */
class ContentsTest {

    @TempDir
    Path directory;

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
