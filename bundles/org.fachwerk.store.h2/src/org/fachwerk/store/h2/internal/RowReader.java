package org.fachwerk.store.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.model.Entity;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.h2.internal.TableMapping.ClassTable;
import org.fachwerk.store.h2.internal.TableMapping.JoinTable;

/**
 * Turns rows into objects of a unit of work: all rows of one read first, then containment linked in position order
 * and references resolved to loaded objects, or to placeholders carrying the target's id. A row whose object is
 * loaded already keeps that object as it is, local changes included.
 */
final class RowReader {

    private record Containment(EObject child, String parentId, String feature, int position) {
    }

    /** A reference to set; the position orders the targets of a many-valued one. */
    private record Link(EObject owner, EReference reference, String targetId, int position) {
    }

    /** The URI scheme of placeholders: {@code fachwerk:<id>}. */
    static final String PROXY_SCHEME = "fachwerk";

    private final LoadedRows loaded;
    private final List<EObject> matched = new ArrayList<>();
    private final List<LoadedRows.Row> created = new ArrayList<>();
    private final List<Containment> containments = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Link> joinLinks = new ArrayList<>();
    /** Root and aggregate ids repeat row after row; one string each is enough. */
    private final Map<String, String> sharedIds = new HashMap<>();
    private String lastShared;

    private final boolean complete;

    /**
     * @param complete whether the read covers whole departments, so that a row whose container or reference
     *        target is not found points to something removed
     */
    RowReader(LoadedRows loaded, boolean complete) {
        this(loaded, complete, ReadRules.Visibility.EVERYTHING);
    }

    /** @param visibility which rows the person reading may see; the others are not read */
    RowReader(LoadedRows loaded, boolean complete, ReadRules.Visibility visibility) {
        this.loaded = loaded;
        this.complete = complete;
        this.visibility = visibility;
        this.nothingLoaded = loaded.isEmpty();
    }

    private final ReadRules.Visibility visibility;

    /** In a unit of work that had nothing loaded, no row read can belong to an object loaded before. */
    private final boolean nothingLoaded;

    /** Forgets the objects this reader created, before they are linked: for reading again. */
    void discard() {
        created.forEach(row -> loaded.remove(row.object));
    }

    /** Reads the rows of the table that match the condition (SQL after WHERE; none for all rows). */
    void readRows(Connection connection, ClassTable table, String where, Object... parameters) throws SQLException {
        Columns columns = COLUMNS.computeIfAbsent(table, Columns::new);
        TableMapping.Where visible = visibility.where(table);
        if (visible != null) {
            TableMapping.Where both = TableMapping.Where.both(new TableMapping.Where(where, parameters), visible);
            where = both.condition();
            parameters = both.parameters();
        }
        Map<EAttribute, TableMapping.Where> disclosed = visibility.disclosed(table);
        String sql = !disclosed.isEmpty() ? table.select(where, disclosed)
                : where == null ? columns.select : table.select(where);
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            int parameter = 1;
            for (EAttribute attribute : table.attributes()) {
                TableMapping.Where disclosure = disclosed.get(attribute);
                for (int i = 0; disclosure != null && i < disclosure.parameters().length; i++) {
                    query.setObject(parameter++, disclosure.parameters()[i]);
                }
            }
            for (Object value : parameters) {
                query.setObject(parameter++, value);
            }
            int first = created.size();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    readRow(columns, rows);
                }
            }
            // after the table, so that the id map grows once for all its rows; ids do not repeat within a table
            loaded.addAll(created.subList(first, created.size()));
        }
    }

    private void readRow(Columns columns, ResultSet rows) throws SQLException {
        // column order as in ClassTable.columns(): ID, ROOT_ID, AGGREGATE_ID, PARENT_ID, PARENT_FEATURE, POSITION,
        // VERSION, then attributes and references
        String id = rows.getString(1);
        String parentId = rows.getString(4);
        EObject existing = nothingLoaded ? null : loaded.object(id);
        if (existing != null) {
            matched.add(existing);
            if (existing.eContainer() == null && parentId != null) {
                containments.add(new Containment(existing, parentId, rows.getString(5), rows.getInt(6)));
            }
            return;
        }
        EObject object = EcoreUtil.create(columns.table.eClass());
        ((Entity) object).setId(id);
        int column = 8;
        for (Column attribute : columns.attributes) {
            Object value = attribute.read(rows, column++);
            if (value != null) {
                object.eSet(attribute.attribute, value);
            }
        }
        for (EReference reference : columns.table.references()) {
            String targetId = rows.getString(column++);
            if (targetId != null) {
                links.add(new Link(object, reference, targetId, 0));
            }
        }
        int position = rows.getInt(6);
        LoadedRows.Row row = new LoadedRows.Row(object, rows.getLong(7), position, shared(rows.getString(2)),
                shared(rows.getString(3)));
        row.readBy = this;
        created.add(row);
        matched.add(object);
        if (parentId != null) {
            containments.add(new Containment(object, parentId, rows.getString(5), position));
        }
    }

    private String shared(String id) {
        if (id == null) {
            return null;
        }
        if (id.equals(lastShared)) {
            return lastShared;
        }
        lastShared = sharedIds.computeIfAbsent(id, i -> i);
        return lastShared;
    }

    /** Reads the join table's rows that match the condition, for owners read by this reader. */
    void readJoinRows(Connection connection, JoinTable join, String where, Object... parameters) throws SQLException {
        // ordered in link(), which is cheaper than letting the database sort
        try (PreparedStatement query = connection.prepareStatement(join.select(where))) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    LoadedRows.Row owner = loaded.row(rows.getString(1));
                    if (owner != null && owner.readBy == this) {
                        joinLinks.add(new Link(owner.object, join.reference(), rows.getString(2), rows.getInt(3)));
                    }
                }
            }
        }
    }

    /** The objects this reader created, in the order read. */
    List<EObject> created() {
        List<EObject> objects = new ArrayList<>(created.size());
        created.forEach(row -> objects.add(row.object));
        return objects;
    }

    /** The id of the container of an object this reader read (null for a department). */
    String parentId(EObject object) {
        Containment containment = containmentOf(object);
        return containment == null ? null : containment.parentId();
    }

    /** The name of the feature of its container that holds an object this reader read (null for a department). */
    String parentFeature(EObject object) {
        Containment containment = containmentOf(object);
        return containment == null ? null : containment.feature();
    }

    private Containment containmentOf(EObject object) {
        if (containmentOf == null) {
            containmentOf = new IdentityHashMap<>();
            containments.forEach(containment -> containmentOf.put(containment.child(), containment));
        }
        return containmentOf.get(object);
    }

    private Map<EObject, Containment> containmentOf;

    /** The objects of every row read, in the order read. */
    List<EObject> matched() {
        return matched;
    }

    /**
     * Links what was read: containment in position order, references to loaded objects or placeholders.
     *
     * @return the objects read whose container is not loaded: the roots of what was read
     */
    List<EObject> link() {
        EClass featureOwner = null;
        String featureName = null;
        EStructuralFeature feature = null;
        for (Containment containment : inPositionOrder(containments, Containment::position)) {
            EObject parent = loaded.object(containment.parentId());
            if (parent == null) {
                if (complete) {
                    throw new StoreException(NLS.bind(Messages.MissingParent, new Object[] {
                            containment.child().eClass().getName(), EcoreUtil.getID(containment.child()),
                            containment.parentId() }));
                }
                continue; // the container is not part of this read
            }
            // most containments in a row are of the same feature
            if (parent.eClass() != featureOwner || !Objects.equals(containment.feature(), featureName)) {
                featureOwner = parent.eClass();
                featureName = containment.feature();
                feature = featureOwner.getEStructuralFeature(featureName);
            }
            if (!(feature instanceof EReference reference) || !reference.isContainment()) {
                throw new StoreException(NLS.bind(Messages.NoSuchPart, new Object[] { parent.eClass().getName(),
                        containment.feature(), containment.child().eClass().getName(),
                        EcoreUtil.getID(containment.child()) }));
            }
            if (feature.isMany()) {
                @SuppressWarnings("unchecked")
                InternalEList<EObject> children = (InternalEList<EObject>) parent.eGet(feature);
                children.addUnique(containment.child());
            } else {
                parent.eSet(feature, containment.child());
            }
        }
        links.addAll(inPositionOrder(joinLinks, Link::position));
        for (Link link : links) {
            if (complete && !visibility.restricted() && loaded.object(link.targetId()) == null) {
                continue; // the target was removed; the reference goes with it
            }
            EObject target = target(link.reference().getEReferenceType(), link.targetId());
            if (link.reference().isMany()) {
                @SuppressWarnings("unchecked")
                InternalEList<EObject> targets = (InternalEList<EObject>) link.owner().eGet(link.reference(), false);
                targets.addUnique(target);
            } else {
                link.owner().eSet(link.reference(), target);
            }
        }
        List<EObject> roots = new ArrayList<>();
        for (LoadedRows.Row row : created) {
            row.readBy = null;
            if (row.object.eContainer() == null) {
                roots.add(row.object);
            }
        }
        return roots;
    }

    /**
     * Containments or links ordered by position, equal positions in the order read. Positions count from 0, so
     * counting them sorts in linear time, which matters with thousands of children.
     */
    private static <T> List<T> inPositionOrder(List<T> items, ToIntFunction<T> position) {
        int first = 0;
        int last = 0;
        for (T item : items) {
            first = Math.min(first, position.applyAsInt(item));
            last = Math.max(last, position.applyAsInt(item));
        }
        if (first < 0 || last > 4 * items.size() + 1024) { // gaps left by a stranger's writes
            List<T> sorted = new ArrayList<>(items);
            sorted.sort(Comparator.comparingInt(position));
            return sorted;
        }
        int[] next = new int[last + 2];
        for (T item : items) {
            next[position.applyAsInt(item) + 1]++;
        }
        for (int i = 1; i < next.length; i++) {
            next[i] += next[i - 1];
        }
        Object[] sorted = new Object[items.size()];
        for (T item : items) {
            sorted[next[position.applyAsInt(item)]++] = item;
        }
        @SuppressWarnings("unchecked")
        List<T> inOrder = (List<T>) Arrays.asList(sorted);
        return inOrder;
    }

    private EObject target(EClass type, String id) {
        EObject target = loaded.object(id);
        if (target != null) {
            return target;
        }
        return loaded.proxies.computeIfAbsent(id, i -> {
            EObject proxy = EcoreUtil.create(type);
            ((Entity) proxy).setId(i);
            ((InternalEObject) proxy).eSetProxyURI(URI.createGenericURI(PROXY_SCHEME, i, null));
            return proxy;
        });
    }

    /** How the rows of a table are read: its query and a reader for each attribute, worked out once per table. */
    private static final class Columns {
        final ClassTable table;
        final String select;
        final Column[] attributes;

        Columns(ClassTable table) {
            this.table = table;
            select = table.select(null);
            attributes = table.attributes().stream().map(Column::new).toArray(Column[]::new);
        }
    }

    private static final Map<ClassTable, Columns> COLUMNS = new ConcurrentHashMap<>();

    private enum Kind {
        ENUM, STRING, DOUBLE, INT, LONG, BOOLEAN, TEMPORAL
    }

    /** Reads one attribute's column; the value's kind decided once rather than for every value read. */
    private static final class Column {
        final EAttribute attribute;
        final Kind kind;
        final Class<?> type;
        /** For an enumeration: its literals and values. A handful each, faster to compare than to hash. */
        final String[] literals;
        final Object[] values;

        Column(EAttribute attribute) {
            this.attribute = attribute;
            type = attribute.getEAttributeType().getInstanceClass();
            if (attribute.getEAttributeType() instanceof EEnum eEnum) {
                kind = Kind.ENUM;
                literals = eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toArray(String[]::new);
                values = eEnum.getELiterals().stream().map(EEnumLiteral::getInstance).toArray();
                return;
            }
            literals = null;
            values = null;
            if (type == String.class) {
                kind = Kind.STRING;
            } else if (type == double.class || type == Double.class) {
                kind = Kind.DOUBLE;
            } else if (type == int.class || type == Integer.class) {
                kind = Kind.INT;
            } else if (type == long.class || type == Long.class) {
                kind = Kind.LONG;
            } else if (type == boolean.class || type == Boolean.class) {
                kind = Kind.BOOLEAN;
            } else if (type == LocalDate.class || type == LocalTime.class || type == LocalDateTime.class) {
                kind = Kind.TEMPORAL;
            } else {
                throw new IllegalStateException("No column type for " + attribute);
            }
        }

        Object read(ResultSet rows, int column) throws SQLException {
            Object value = switch (kind) {
                case ENUM -> literal(rows.getString(column));
                case STRING -> rows.getString(column);
                case DOUBLE -> rows.getDouble(column);
                case INT -> rows.getInt(column);
                case LONG -> rows.getLong(column);
                case BOOLEAN -> rows.getBoolean(column);
                case TEMPORAL -> rows.getObject(column, type);
            };
            return rows.wasNull() ? null : value;
        }

        private Object literal(String literal) {
            if (literal == null) {
                return null;
            }
            for (int i = 0; i < literals.length; i++) {
                if (literals[i].equals(literal)) {
                    return values[i];
                }
            }
            throw new StoreException(NLS.bind(Messages.UnknownValue, new Object[] { literal,
                    TableMapping.column(attribute), attribute.getEContainingClass().getName() }));
        }
    }

}
