package org.fachwerk.store.h2.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fachwerk.store.TextIndex;

/**
 * The texts in the table SEARCH_TEXT, indexed by H2's native full-text search (its triggers keep a word index in
 * the schema FT up to date with every change of the table), as one unit of work's person may use them: only the
 * keys of objects they may read are searched, listed, indexed or taken out.
 */
final class H2TextIndex implements TextIndex {

    /** Hits read at once while a restricted search skips what its person may not read. */
    private static final int HITS_PER_READ = 200;

    private final Database database;
    private final ScopedReads scope;

    H2TextIndex(Database database, ScopedReads scope) {
        this.database = database;
        this.scope = scope;
    }

    @Override
    public void put(String key, String text) {
        refuseUnreadable(key);
        database.write(connection -> {
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO \"SEARCH_TEXT\" KEY (\"KEY\") VALUES (?, ?)")) {
                merge.setString(1, key);
                merge.setString(2, text);
                return (long) merge.executeUpdate();
            }
        });
    }

    @Override
    public void remove(String key) {
        refuseUnreadable(key);
        database.write(connection -> {
            removeAll(connection, List.of(key));
            return null;
        });
    }

    /** Takes the texts of the keys out, e.g. of the objects a commit removes. */
    static void removeAll(Connection connection, Collection<String> keys) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM \"SEARCH_TEXT\" WHERE \"KEY\" = ANY(?)")) {
            delete.setObject(1, keys.toArray(new String[0]));
            delete.executeUpdate();
        }
    }

    private void refuseUnreadable(String key) {
        scope.refuseHidden(key, Messages.NotReadable);
    }

    @Override
    public Set<String> keys() {
        Set<String> keys = database.read(connection -> {
            Set<String> all = new HashSet<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT \"KEY\" FROM \"SEARCH_TEXT\"");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    all.add(rows.getString(1));
                }
            }
            return all;
        });
        return scope.readable(keys);
    }

    @Override
    public List<String> search(String words, int limit) {
        if (words == null || words.isBlank() || limit <= 0) {
            return List.of();
        }
        if (!scope.restricted()) {
            return hits(words, limit, 0);
        }
        // hidden hits are skipped, so read on until the limit is reached or the hits run out
        List<String> found = new ArrayList<>();
        for (int offset = 0;; offset += HITS_PER_READ) {
            List<String> hits = hits(words, HITS_PER_READ, offset);
            Set<String> readable = scope.readable(hits);
            for (String hit : hits) {
                if (readable.contains(hit) && found.size() < limit) {
                    found.add(hit);
                }
            }
            if (found.size() >= limit || hits.size() < HITS_PER_READ) {
                return found;
            }
        }
    }

    private List<String> hits(String words, int limit, int offset) {
        return database.read(connection -> {
            List<String> keys = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT \"KEYS\" FROM FT_SEARCH_DATA(?, ?, ?) WHERE \"TABLE\" = 'SEARCH_TEXT'")) {
                query.setString(1, words);
                query.setInt(2, limit);
                query.setInt(3, offset);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Array key = rows.getArray(1);
                        for (Object value : (Object[]) key.getArray()) {
                            keys.add(String.valueOf(value));
                        }
                    }
                }
            }
            return keys;
        });
    }
}
