package org.fachwerk.store.h2.internal;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fachwerk.store.TextIndex;

/**
 * The texts in the table SEARCH_TEXT, indexed by H2's native full-text search (its triggers keep a word index in
 * the schema FT up to date with every change of the table).
 */
final class H2TextIndex implements TextIndex {

    private final Database database;

    H2TextIndex(Database database) {
        this.database = database;
    }

    @Override
    public void put(String key, String text) {
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
        database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM \"SEARCH_TEXT\" WHERE \"KEY\" = ?")) {
                delete.setString(1, key);
                return (long) delete.executeUpdate();
            }
        });
    }

    @Override
    public Set<String> keys() {
        return database.read(connection -> {
            Set<String> keys = new HashSet<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT \"KEY\" FROM \"SEARCH_TEXT\"");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
            return keys;
        });
    }

    @Override
    public List<String> search(String words, int limit) {
        if (words == null || words.isBlank()) {
            return List.of();
        }
        return database.read(connection -> {
            List<String> keys = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT \"KEYS\" FROM FT_SEARCH_DATA(?, ?, 0) WHERE \"TABLE\" = 'SEARCH_TEXT'")) {
                query.setString(1, words);
                query.setInt(2, limit);
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
