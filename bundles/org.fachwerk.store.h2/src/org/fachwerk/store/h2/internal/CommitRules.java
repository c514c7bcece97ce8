package org.fachwerk.store.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.model.Entity;
import org.fachwerk.store.CommitRule;
import org.fachwerk.store.Query;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.h2.internal.TableMapping.ClassTable;

/**
 * The {@link CommitRule}s the stores check. A commit takes the writes they check on the editing thread
 * ({@link #checksOf}) and checks them inside its transaction, after the change log's lock keeps other commits out
 * and before it writes a row.
 */
final class CommitRules {

    private final List<CommitRule> rules = new CopyOnWriteArrayList<>();

    void add(CommitRule rule) {
        rules.add(rule);
    }

    void remove(CommitRule rule) {
        rules.remove(rule);
    }

    /** The writes of the rows that the rules registered now check, as copies taken on the editing thread. */
    Checks checksOf(TableMapping mapping, CommitRows rows) {
        List<CommitRule> now = List.copyOf(rules);
        List<Pending> pending = new ArrayList<>();
        if (!now.isEmpty()) {
            for (EObject object : rows.inserted) {
                pending.add(new Pending(CommitRule.Kind.CREATE, object, allFeatures(object)));
            }
            rows.updated.forEach((object, features) -> pending.add(
                    new Pending(CommitRule.Kind.CHANGE, object, Set.copyOf(features))));
            for (EObject object : rows.deleted) {
                pending.add(new Pending(CommitRule.Kind.REMOVE, object, allFeatures(object)));
            }
            pending.removeIf(write -> now.stream().noneMatch(rule -> rule.checked().isInstance(write.object())));
            // the commit is written on another thread while the objects may change again: the rules check them as
            // they are now, which is what the rows hold
            pending.replaceAll(write -> new Pending(write.kind(), EcoreUtil.copy(write.object()), write.features()));
        }
        return new Checks(mapping, now, pending);
    }

    private static Set<EStructuralFeature> allFeatures(EObject object) {
        return new LinkedHashSet<>(object.eClass().getEAllStructuralFeatures());
    }

    private record Pending(CommitRule.Kind kind, EObject object, Set<EStructuralFeature> features) {
    }

    /** The checks of one commit. */
    static final class Checks {
        private final TableMapping mapping;
        private final List<CommitRule> rules;
        private final List<Pending> writes;

        private Checks(TableMapping mapping, List<CommitRule> rules, List<Pending> writes) {
            this.mapping = mapping;
            this.rules = rules;
            this.writes = writes;
        }

        /**
         * Checks every write against every rule for its class.
         *
         * @throws StoreException with the refusals (at most a few named) when any rule is broken
         */
        void check(Connection connection) throws SQLException {
            if (writes.isEmpty()) {
                return;
            }
            Map<String, EObject> stored = stored(connection);
            CommitRule.Stored lookup = query -> exists(connection, query);
            Set<String> refusals = new LinkedHashSet<>();
            for (Pending write : writes) {
                EObject before = write.kind() == CommitRule.Kind.CREATE ? null
                        : stored.get(((Entity) write.object()).getId());
                CommitRule.Write checked = new CommitRule.Write(write.kind(), write.object(), before,
                        write.features());
                for (CommitRule rule : rules) {
                    if (rule.checked().isInstance(write.object())) {
                        String refusal = rule.check(checked, lookup);
                        if (refusal != null) {
                            refusals.add(refusal);
                        }
                    }
                }
            }
            if (!refusals.isEmpty()) {
                throw new StoreException(NLS.bind(Messages.Invalid, String.join(" ",
                        refusals.stream().limit(CommitRows.MAX_SHOWN).toList())));
            }
        }

        /** The stored state of the changed and removed objects, by id. */
        private Map<String, EObject> stored(Connection connection) throws SQLException {
            Map<ClassTable, List<String>> ids = new HashMap<>();
            for (Pending write : writes) {
                if (write.kind() != CommitRule.Kind.CREATE) {
                    ids.computeIfAbsent(mapping.table(write.object().eClass()), t -> new ArrayList<>())
                            .add(((Entity) write.object()).getId());
                }
            }
            Map<String, EObject> stored = new HashMap<>();
            for (Map.Entry<ClassTable, List<String>> table : ids.entrySet()) {
                RowReader reader = new RowReader(new LoadedRows(), false);
                reader.readRows(connection, table.getKey(), TableMapping.idIn(),
                        (Object) table.getValue().toArray(new String[0]));
                reader.link();
                reader.matched().forEach(object -> stored.put(((Entity) object).getId(), object));
            }
            return stored;
        }

        private boolean exists(Connection connection, Query<?> query) {
            TableMapping.Where where = TableMapping.where(query);
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
    }
}
