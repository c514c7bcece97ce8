package org.fachwerk.store.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.fachwerk.model.Entity;
import org.fachwerk.store.Query;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.Stored;

/**
 * What is stored, read on one connection for the rules of one read or one commit: every row, whoever acts, into
 * objects of their own that no unit of work holds.
 */
final class StoredRows implements Stored {

    private final Connection connection;
    private final TableMapping mapping;
    private final String login;
    private final Map<Object, Object> remembered = new HashMap<>();
    private final Map<EObject, String> containers = new IdentityHashMap<>();

    StoredRows(Connection connection, TableMapping mapping, String login) {
        this.connection = connection;
        this.mapping = mapping;
        this.login = login;
    }

    @Override
    public String login() {
        return login;
    }

    @Override
    public boolean exists(Query<?> query) {
        TableMapping.Where where = mapping.where(query);
        try (PreparedStatement statement = connection.prepareStatement(
                mapping.table(query.type()).exists(where.condition()))) {
            for (int i = 0; i < where.parameters().length; i++) {
                statement.setObject(i + 1, where.parameters()[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    @Override
    public <T extends Entity> List<T> find(Query<T> query) {
        TableMapping.Where where = mapping.where(query);
        RowReader reader = new RowReader(new LoadedRows(), false);
        try {
            reader.readRows(connection, mapping.table(query.type()), where.condition(), where.parameters());
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
        reader.link();
        List<T> found = new ArrayList<>();
        for (EObject object : reader.matched()) {
            containers.put(object, reader.parentId(object));
            @SuppressWarnings("unchecked")
            T typed = (T) object;
            found.add(typed);
        }
        return found;
    }

    @Override
    public String containerId(Entity found) {
        return containers.get(found);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T remembered(Object key, Function<Stored, T> work) {
        if (!remembered.containsKey(key)) {
            remembered.put(key, work.apply(this));
        }
        return (T) remembered.get(key);
    }
}
