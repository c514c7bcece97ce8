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

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.model.Entity;
import org.fachwerk.store.CommitRule;
import org.fachwerk.store.Stored;
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

    /**
     * The writes of the rows that the rules registered now check, as copies taken on the editing thread, with the
     * aggregates they go to. An object only moved or put in another order is a change of no feature.
     */
    Checks checksOf(TableMapping mapping, CommitRows rows, String actor) {
        List<CommitRule> now = List.copyOf(rules);
        List<Pending> pending = new ArrayList<>();
        if (!now.isEmpty()) {
            for (EObject object : rows.inserted) {
                pending.add(new Pending(CommitRule.Kind.CREATE, object, allFeatures(object), null));
            }
            rows.updated.forEach((object, features) -> pending.add(
                    new Pending(CommitRule.Kind.CHANGE, object, Set.copyOf(features), null)));
            for (EObject object : rows.movedOnly()) {
                pending.add(new Pending(CommitRule.Kind.CHANGE, object, Set.of(), null));
            }
            for (EObject object : rows.deleted) {
                pending.add(new Pending(CommitRule.Kind.REMOVE, object, allFeatures(object), null));
            }
            pending.removeIf(write -> now.stream().noneMatch(rule -> rule.checked().isInstance(write.object())));
            // the commit is written on another thread while the objects may change again: the rules check them as
            // they are now, which is what the rows hold
            pending.replaceAll(write -> new Pending(write.kind(), ownFeatures(write.object()), write.features(),
                    rows.aggregateOf(write.object())));
        }
        return new Checks(mapping, now, pending, actor);
    }

    /**
     * A copy of the object's own attributes and references, without what it contains: each write is checked by
     * itself, and a copy of a work package's whole subtree for each of its written items would cost the commit more
     * than writing them.
     */
    private static EObject ownFeatures(EObject object) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void copyContainment(EReference reference, EObject source, EObject target) {
                // the contents are written, and checked, as writes of their own
            }
        };
        EObject copy = copier.copy(object);
        copier.copyReferences();
        return copy;
    }

    private static Set<EStructuralFeature> allFeatures(EObject object) {
        return new LinkedHashSet<>(object.eClass().getEAllStructuralFeatures());
    }

    private record Pending(CommitRule.Kind kind, EObject object, Set<EStructuralFeature> features, String aggregate) {
    }

    /** An object as stored before the commit, and its aggregate then. */
    private record Before(EObject object, String aggregate) {
    }

    /** The checks of one commit. */
    static final class Checks {
        private final TableMapping mapping;
        private final List<CommitRule> rules;
        private final List<Pending> writes;
        private final String actor;

        private Checks(TableMapping mapping, List<CommitRule> rules, List<Pending> writes, String actor) {
            this.mapping = mapping;
            this.rules = rules;
            this.writes = writes;
            this.actor = actor;
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
            Map<String, Before> stored = stored(connection);
            Stored lookup = new StoredRows(connection, mapping, actor);
            Set<String> refusals = new LinkedHashSet<>();
            for (Pending write : writes) {
                Before before = write.kind() == CommitRule.Kind.CREATE ? null
                        : stored.get(((Entity) write.object()).getId());
                CommitRule.Write checked = new CommitRule.Write(write.kind(), write.object(),
                        before == null ? null : before.object(), write.features(), write.aggregate(),
                        before == null ? null : before.aggregate());
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

        /**
         * The stored state of the changed and removed objects, by id: whole where a rule of the object's class reads
         * it, else only the aggregate it is in.
         */
        private Map<String, Before> stored(Connection connection) throws SQLException {
            Map<ClassTable, List<String>> ids = new HashMap<>();
            Map<ClassTable, List<String>> placedOnly = new HashMap<>();
            for (Pending write : writes) {
                if (write.kind() != CommitRule.Kind.CREATE) {
                    EClass type = write.object().eClass();
                    boolean whole = rules.stream().anyMatch(rule -> rule.checked().isSuperTypeOf(type)
                            && rule.readsStoredState(type));
                    (whole ? ids : placedOnly).computeIfAbsent(mapping.table(type), t -> new ArrayList<>())
                            .add(((Entity) write.object()).getId());
                }
            }
            Map<String, Before> stored = new HashMap<>();
            for (Map.Entry<ClassTable, List<String>> table : placedOnly.entrySet()) {
                try (PreparedStatement query = connection.prepareStatement(table.getKey().selectAggregates())) {
                    query.setObject(1, table.getValue().toArray(new String[0]));
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            stored.put(rows.getString(1), new Before(null, rows.getString(2)));
                        }
                    }
                }
            }
            for (Map.Entry<ClassTable, List<String>> table : ids.entrySet()) {
                LoadedRows rows = new LoadedRows();
                RowReader reader = new RowReader(rows, false);
                reader.readRows(connection, table.getKey(), TableMapping.idIn(),
                        (Object) table.getValue().toArray(new String[0]));
                reader.link();
                reader.matched().forEach(object -> stored.put(((Entity) object).getId(),
                        new Before(object, rows.row(object).aggregateId)));
            }
            return stored;
        }
    }
}
