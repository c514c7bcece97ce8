package org.fachwerk.store;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * Binary content kept beside the objects, such as the files of document versions, each under the id of the object
 * it belongs to. Content is streamed in and out, never held in memory as a whole; it is written in a transaction of
 * its own, so an interrupted write stores nothing. Every content carries its SHA-256, and reading checks it.
 */
public interface Contents {

    /** The size and SHA-256 (lower-case hex) of stored content. */
    record Stored(long size, String sha256) {
    }

    /**
     * Stores the stream's bytes under the key, reading the stream to its end (the caller closes it).
     *
     * @param limit the most bytes accepted
     * @throws TooLargeException when the stream holds more than {@code limit} bytes; nothing is stored
     * @throws IOException when the stream fails (or the thread is interrupted); nothing is stored
     * @throws StoreException when the key is taken or the database fails
     */
    Stored write(String key, InputStream content, long limit) throws IOException;

    /**
     * Opens the content for reading. Reading it to the end checks its SHA-256 against the expected one (and the one
     * stored with it): a mismatch throws {@link IntegrityException} instead of the end of the stream, so corrupted
     * content is never taken for good. Close the stream when done.
     *
     * @throws StoreException when there is no content under the key
     */
    InputStream read(String key, String expectedSha256);

    /** Whether content is stored under the key. */
    boolean exists(String key);

    /** Removes the content under the key; nothing happens when there is none. */
    void delete(String key);

    /** The keys of all stored content, in no particular order. */
    List<String> keys();

    /** The keys of the content stored before the instant, in no particular order. */
    List<String> keysStoredBefore(Instant instant);

    /** Content that is larger than allowed; the message says how large it may be. */
    final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long limit;

        public TooLargeException(String message, long limit) {
            super(message);
            this.limit = limit;
        }

        /** The most bytes allowed. */
        public long limit() {
            return limit;
        }
    }

    /** Content whose bytes are not the ones stored: corrupted since it was written. */
    final class IntegrityException extends IOException {
        private static final long serialVersionUID = 1L;

        public IntegrityException(String message) {
            super(message);
        }
    }
}
