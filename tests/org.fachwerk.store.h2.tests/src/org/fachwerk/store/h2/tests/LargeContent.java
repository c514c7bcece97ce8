package org.fachwerk.store.h2.tests;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.fachwerk.store.Contents;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.h2.internal.H2StoreService;

/**
 * A program that streams a file of the given size into an embedded store and reads it back, for a test that runs
 * it with a small heap. The file is generated while it is read, so it never exists as a whole anywhere but in the
 * database. Prints {@value #OK} and what it measured when the bytes came back as they went in.
 */
public final class LargeContent {

    static final String OK = "content ok";

    private LargeContent() {
    }

    public static void main(String[] args) throws Exception {
        long size = Long.parseLong(args[1]);
        long start = System.nanoTime();
        try (Store store = new H2StoreService().open(StoreLocation.embedded(Path.of(args[0])))) {
            Generated in = new Generated(size);
            Contents.Stored stored = store.contents().write("large", in, size);
            long written = System.nanoTime();
            String sent = HexFormat.of().formatHex(in.digest.digest());
            if (stored.size() != size || !stored.sha256().equals(sent)) {
                throw new AssertionError("stored " + stored + ", sent " + size + " bytes with " + sent);
            }
            MessageDigest back = MessageDigest.getInstance("SHA-256");
            long read = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream out = store.contents().read("large", sent)) {
                for (int n = out.read(buffer); n >= 0; n = out.read(buffer)) {
                    back.update(buffer, 0, n);
                    read += n;
                }
            }
            if (read != size || !HexFormat.of().formatHex(back.digest()).equals(sent)) {
                throw new AssertionError("read " + read + " bytes that differ");
            }
            long done = System.nanoTime();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
            System.out.printf("%s: %d MB in %.1f s, out in %.1f s, heap committed %d MB of at most %d MB%n", OK,
                    size >> 20, (written - start) / 1e9, (done - written) / 1e9, heap >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    /** Bytes made up while they are read: a fixed pattern, hashed on the way out. */
    private static final class Generated extends InputStream {
        private final long size;
        private final MessageDigest digest;
        private long position;

        Generated(long size) throws Exception {
            this.size = size;
            this.digest = MessageDigest.getInstance("SHA-256");
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++) {
                long at = position + i;
                buffer[offset + i] = (byte) (at * 31 + (at >> 12) * 7);
            }
            digest.update(buffer, offset, n);
            position += n;
            return n;
        }
    }
}
