package org.fachwerk.store.h2.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.fachwerk.store.Contents;
import org.fachwerk.store.StoreException;

/**
 * Content in the table CONTENT as BLOBs, which H2 keeps in blocks: a stream goes in and out without being held in
 * memory. Written in a transaction of its own; the SHA-256 and size are computed while the bytes pass.
 */
final class H2Contents implements Contents {

    private final Database database;

    H2Contents(Database database) {
        this.database = database;
    }

    @Override
    public Stored write(String key, InputStream content, long limit) throws IOException {
        Measuring measuring = new Measuring(content, limit);
        try {
            database.write(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO \"CONTENT\" (\"KEY\", \"SIZE\", \"SHA256\", \"DATA\") VALUES (?, 0, '', ?)")) {
                    insert.setString(1, key);
                    insert.setBinaryStream(2, measuring);
                    insert.executeUpdate();
                }
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE \"CONTENT\" SET \"SIZE\" = ?, \"SHA256\" = ? WHERE \"KEY\" = ?")) {
                    update.setLong(1, measuring.size);
                    update.setString(2, measuring.sha256());
                    update.setString(3, key);
                    update.executeUpdate();
                }
                return 1L;
            });
        } catch (StoreException e) {
            // the stream's own failure (too large, broken, interrupted) is what the caller must hear
            if (measuring.failure != null) {
                throw measuring.failure;
            }
            throw e;
        }
        return new Stored(measuring.size, measuring.sha256());
    }

    @Override
    public InputStream read(String key, String expectedSha256) {
        return database.stream((connection, release) -> {
            PreparedStatement query = connection.prepareStatement(
                    "SELECT \"DATA\", \"SHA256\", \"SIZE\" FROM \"CONTENT\" WHERE \"KEY\" = ?");
            query.setString(1, key);
            ResultSet rows = query.executeQuery();
            if (!rows.next()) {
                rows.close();
                query.close();
                throw new StoreException(NLS.bind(Messages.NoContent, key));
            }
            String stored = rows.getString(2);
            return new Verifying(rows.getBinaryStream(1), key, expectedSha256, stored, rows.getLong(3), () -> {
                try {
                    rows.close();
                    query.close();
                } finally {
                    release.close();
                }
            });
        });
    }

    @Override
    public boolean exists(String key) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT 1 FROM \"CONTENT\" WHERE \"KEY\" = ?")) {
                query.setString(1, key);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    @Override
    public void delete(String key) {
        database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM \"CONTENT\" WHERE \"KEY\" = ?")) {
                delete.setString(1, key);
                return (long) delete.executeUpdate();
            }
        });
    }

    @Override
    public List<String> keys() {
        return keys(null);
    }

    @Override
    public List<String> keysStoredBefore(Instant instant) {
        return keys(instant);
    }

    private List<String> keys(Instant storedBefore) {
        return database.read(connection -> {
            List<String> keys = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT \"KEY\" FROM \"CONTENT\""
                    + (storedBefore == null ? "" : " WHERE \"STORED\" < ?"))) {
                if (storedBefore != null) {
                    query.setObject(1, storedBefore.atOffset(ZoneOffset.UTC));
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        keys.add(rows.getString(1));
                    }
                }
            }
            return keys;
        });
    }

    static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** A filter whose single-byte read goes through the block read, where the subclasses see every byte. */
    private abstract static class ByteWise extends FilterInputStream {
        ByteWise(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }
    }

    /** Counts and hashes the bytes passing; refuses more than the limit and stops when the thread is interrupted. */
    private static final class Measuring extends ByteWise {
        private final long limit;
        private final MessageDigest digest = sha256Digest();
        long size;
        IOException failure;
        private String sha256;

        Measuring(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        /** The hash of all bytes read; asked once the stream is at its end. */
        String sha256() {
            if (sha256 == null) {
                sha256 = HexFormat.of().formatHex(digest.digest());
            }
            return sha256;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException(Messages.ContentInterrupted);
                }
                int read = super.read(buffer, offset, length);
                if (read > 0) {
                    size += read;
                    if (size > limit) {
                        throw new TooLargeException(NLS.bind(Messages.ContentTooLarge, megabytes(limit)), limit);
                    }
                    digest.update(buffer, offset, read);
                }
                return read;
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void close() {
            // the caller closes the stream it gave
        }
    }

    static String megabytes(long bytes) {
        return String.format("%,.1f MB", bytes / 1024.0 / 1024.0);
    }

    /** Hashes what is read and, at the end, compares with the expected SHA-256. */
    private static final class Verifying extends ByteWise {
        private final MessageDigest digest = sha256Digest();
        private final String key;
        private final String expected;
        private final String stored;
        private final long storedSize;
        private final Database.Closer closer;
        private long size;
        private boolean checked;
        private boolean closed;

        Verifying(InputStream in, String key, String expected, String stored, long storedSize, Database.Closer closer) {
            super(in);
            this.key = key;
            this.expected = expected;
            this.stored = stored;
            this.storedSize = storedSize;
            this.closer = closer;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                digest.update(buffer, offset, read);
                size += read;
            } else if (read < 0 && !checked) {
                checked = true;
                String actual = HexFormat.of().formatHex(digest.digest());
                if (!actual.equals(stored) || expected != null && !actual.equals(expected) || size != storedSize) {
                    throw new IntegrityException(NLS.bind(Messages.ContentCorrupted, key));
                }
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            // every byte must pass the digest
            byte[] buffer = new byte[8192];
            long skipped = 0;
            while (skipped < n) {
                int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (read < 0) {
                    break;
                }
                skipped += read;
            }
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return; // libraries reading the stream often close it too: give the connection back once
            }
            closed = true;
            try {
                super.close();
            } finally {
                try {
                    closer.close();
                } catch (SQLException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
        }
    }
}
