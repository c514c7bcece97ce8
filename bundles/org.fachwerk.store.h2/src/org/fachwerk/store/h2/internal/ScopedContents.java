package org.fachwerk.store.h2.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.fachwerk.store.Contents;
import org.fachwerk.store.StoreException;

/**
 * The stored contents as one unit of work's person may use them: the content of an object they may not read is as
 * if there were none (not read, not listed, not there), and they can neither write over it nor remove it. Content
 * under a key that is no stored object yet, such as the file of a new version written before the commit that stores
 * the version, may be written; the commit then decides whether the version may be stored.
 */
final class ScopedContents implements Contents {

    private final Contents contents;
    private final ScopedReads scope;

    ScopedContents(Contents contents, ScopedReads scope) {
        this.contents = contents;
        this.scope = scope;
    }

    @Override
    public Stored write(String key, InputStream content, long limit) throws IOException {
        refuseHidden(key);
        return contents.write(key, content, limit);
    }

    @Override
    public InputStream read(String key, String expectedSha256) {
        if (scope.hidden(key)) {
            throw new StoreException(NLS.bind(Messages.NoContent, key));
        }
        return contents.read(key, expectedSha256);
    }

    @Override
    public boolean exists(String key) {
        return !scope.hidden(key) && contents.exists(key);
    }

    @Override
    public void delete(String key) {
        refuseHidden(key);
        contents.delete(key);
    }

    @Override
    public List<String> keys() {
        return readable(contents.keys());
    }

    @Override
    public List<String> keysStoredBefore(Instant instant) {
        return readable(contents.keysStoredBefore(instant));
    }

    /** The keys of objects the person may read; content of no stored object (any more) is listed only unrestricted. */
    private List<String> readable(List<String> keys) {
        if (!scope.restricted()) {
            return keys;
        }
        return keys.stream().filter(scope.readable(keys)::contains).toList();
    }

    private void refuseHidden(String key) {
        scope.refuseHidden(key, Messages.ContentNotReadable);
    }
}
