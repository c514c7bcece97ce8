package org.fachwerk.store.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.validation.ModelValidator;
import org.fachwerk.store.Ids;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.h2.internal.TableMapping.ClassTable;
import org.fachwerk.store.h2.internal.TableMapping.JoinTable;
import org.h2.jdbcx.JdbcConnectionPool;

/** A store on one H2 database, read and written through a connection pool. */
final class H2Store implements Store {

    /** A message names this many problems at most; the user fixes them and tries again. */
    private static final int MAX_PROBLEMS_SHOWN = 5;

    private final StoreLocation location;
    private final JdbcConnectionPool pool;
    private final TableMapping mapping;

    H2Store(StoreLocation location, JdbcConnectionPool pool, TableMapping mapping) {
        this.location = location;
        this.pool = pool;
        this.mapping = mapping;
    }

    @Override
    public StoreLocation location() {
        return location;
    }

    @Override
    public List<Department> loadDepartments() {
        try (Connection connection = connection()) {
            return new GraphReader().read(connection);
        } catch (SQLException | StoreException e) {
            throw new StoreException(NLS.bind(Messages.CannotRead, location.address(), e.getMessage()), e);
        }
    }

    @Override
    public void save(Department department) {
        List<String> problems = ModelValidator.problems(department);
        if (!problems.isEmpty()) {
            throw new StoreException(NLS.bind(Messages.CannotSave, new Object[] { department.getName(), location.address(),
                    String.join(" ", problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS_SHOWN))) }));
        }
        Ids.assign(department);
        try (Connection connection = connection()) {
            connection.setAutoCommit(false);
            try {
                write(connection, department);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            }
        } catch (SQLException | StoreException e) {
            throw new StoreException(
                    NLS.bind(Messages.CannotSave, new Object[] { department.getName(), location.address(), e.getMessage() }), e);
        }
    }

    @Override
    public void close() {
        if (location.kind() == StoreLocation.Kind.IN_MEMORY) {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                // the database is gone either way
            }
        }
        pool.dispose();
    }

    private Connection connection() throws SQLException {
        try {
            return pool.getConnection();
        } catch (IllegalStateException e) {
            throw new StoreException(NLS.bind(Messages.Closed, location.address()), e);
        }
    }

    private void write(Connection connection, Department root) throws SQLException {
        String rootId = root.getId();
        for (ClassTable table : mapping.classTables()) {
            deleteGraph(connection, table.name(), rootId);
        }
        for (JoinTable join : mapping.joinTables()) {
            deleteGraph(connection, join.name(), rootId);
        }
        Map<ClassTable, List<EObject>> objectsByTable = new LinkedHashMap<>();
        objectsByTable.computeIfAbsent(mapping.table(root.eClass()), t -> new ArrayList<>()).add(root);
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            objectsByTable.computeIfAbsent(mapping.table(object.eClass()), t -> new ArrayList<>()).add(object);
        }
        Set<EObject> graph = new HashSet<>();
        objectsByTable.values().forEach(graph::addAll);
        for (Map.Entry<ClassTable, List<EObject>> entry : objectsByTable.entrySet()) {
            insertRows(connection, entry.getKey(), entry.getValue(), rootId, graph);
        }
        for (JoinTable join : mapping.joinTables()) {
            insertJoinRows(connection, join, objectsByTable, rootId, graph);
        }
    }

    private static void deleteGraph(Connection connection, String table, String rootId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + TableMapping.quote(table) + " WHERE " + TableMapping.quote(TableMapping.ROOT_ID) + " = ?")) {
            delete.setString(1, rootId);
            delete.executeUpdate();
        }
    }

    private static void insertRows(Connection connection, ClassTable table, List<EObject> objects, String rootId,
            Set<EObject> graph) throws SQLException {
        List<String> columns = table.columns();
        String sql = "INSERT INTO " + TableMapping.quote(table.name()) + " ("
                + String.join(", ", columns.stream().map(TableMapping::quote).toList()) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (EObject object : objects) {
                int index = 1;
                insert.setString(index++, id(object));
                insert.setString(index++, rootId);
                EObject parent = object.eContainer();
                EReference containment = object.eContainmentFeature();
                insert.setString(index++, parent == null ? null : id(parent));
                insert.setString(index++, containment == null ? null : containment.getName());
                insert.setObject(index++, containment == null || !containment.isMany() ? 0
                        : ((List<?>) parent.eGet(containment)).indexOf(object));
                for (EAttribute attribute : table.attributes()) {
                    insert.setObject(index++, toColumn(attribute, object.eGet(attribute)));
                }
                for (EReference reference : table.references()) {
                    EObject target = (EObject) object.eGet(reference, false);
                    insert.setString(index++, target == null ? null : targetId(object, reference, target, graph));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertJoinRows(Connection connection, JoinTable join,
            Map<ClassTable, List<EObject>> objectsByTable, String rootId, Set<EObject> graph) throws SQLException {
        EReference reference = join.reference();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TableMapping.quote(join.name())
                + " VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<ClassTable, List<EObject>> entry : objectsByTable.entrySet()) {
                if (!reference.getEContainingClass().isSuperTypeOf(entry.getKey().eClass())) {
                    continue;
                }
                for (EObject owner : entry.getValue()) {
                    int position = 0;
                    for (Object target : (EList<?>) owner.eGet(reference, false)) {
                        insert.setString(1, rootId);
                        insert.setString(2, id(owner));
                        insert.setString(3, targetId(owner, reference, (EObject) target, graph));
                        insert.setInt(4, position++);
                        insert.addBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }

    /**
     * The id of a reference's target, which must belong to the same department: a reference to an object that was
     * removed from it, or never added, would point nowhere after loading.
     */
    private static String targetId(EObject owner, EReference reference, EObject target, Set<EObject> graph) {
        if (!graph.contains(target)) {
            throw new StoreException(NLS.bind(Messages.DanglingReference,
                    new Object[] { owner.eClass().getName(), reference.getName(), target.eClass().getName() }));
        }
        return id(target);
    }

    /** Every object of a department being written has one: Ids.assign ran first. */
    private static String id(EObject object) {
        return EcoreUtil.getID(object);
    }

    private static Object toColumn(EAttribute attribute, Object value) {
        return value != null && attribute.getEAttributeType() instanceof EEnum ? value.toString() : value;
    }

    private static Object fromColumn(EAttribute attribute, ResultSet rows, String column) throws SQLException {
        if (attribute.getEAttributeType() instanceof EEnum eEnum) {
            String literal = rows.getString(column);
            if (literal == null) {
                return attribute.getDefaultValue();
            }
            EEnumLiteral known = eEnum.getEEnumLiteralByLiteral(literal);
            if (known == null) {
                throw new StoreException(NLS.bind(Messages.UnknownValue,
                        new Object[] { literal, column, attribute.getEContainingClass().getName() }));
            }
            return known.getInstance();
        }
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        Class<?> valueType = type.isPrimitive() ? boxed(type) : type;
        Object value = rows.getObject(column, valueType);
        return value == null ? attribute.getDefaultValue() : value;
    }

    private static Class<?> boxed(Class<?> primitive) {
        if (primitive == int.class) {
            return Integer.class;
        } else if (primitive == long.class) {
            return Long.class;
        } else if (primitive == double.class) {
            return Double.class;
        } else if (primitive == boolean.class) {
            return Boolean.class;
        }
        throw new IllegalArgumentException(primitive.getName());
    }

    /** Reads all rows into objects first, then links containment in position order and resolves references. */
    private final class GraphReader {
        private record Containment(EObject child, String parentId, String feature, int position) {
        }

        private record Link(EObject owner, EReference reference, String targetId) {
        }

        private final Map<String, EObject> objectsById = new HashMap<>();
        private final List<Containment> containments = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();
        private final List<Department> roots = new ArrayList<>();

        List<Department> read(Connection connection) throws SQLException {
            for (ClassTable table : mapping.classTables()) {
                readTable(connection, table);
            }
            for (JoinTable join : mapping.joinTables()) {
                readJoinTable(connection, join);
            }
            containments.sort(Comparator.comparingInt(Containment::position));
            for (Containment containment : containments) {
                EObject parent = objectsById.get(containment.parentId());
                if (parent == null) {
                    throw new StoreException(NLS.bind(Messages.MissingParent, new Object[] {
                            containment.child().eClass().getName(), EcoreUtil.getID(containment.child()),
                            containment.parentId() }));
                }
                EStructuralFeature feature = parent.eClass().getEStructuralFeature(containment.feature());
                if (!(feature instanceof EReference reference) || !reference.isContainment()) {
                    throw new StoreException(NLS.bind(Messages.NoSuchPart, new Object[] { parent.eClass().getName(),
                            containment.feature(), containment.child().eClass().getName(),
                            EcoreUtil.getID(containment.child()) }));
                }
                if (feature.isMany()) {
                    @SuppressWarnings("unchecked")
                    List<EObject> children = (List<EObject>) parent.eGet(feature);
                    children.add(containment.child());
                } else {
                    parent.eSet(feature, containment.child());
                }
            }
            for (Link link : links) {
                EObject target = objectsById.get(link.targetId());
                if (target == null) {
                    continue; // the target was removed; the reference goes with it
                }
                if (link.reference().isMany()) {
                    @SuppressWarnings("unchecked")
                    List<EObject> targets = (List<EObject>) link.owner().eGet(link.reference());
                    targets.add(target);
                } else {
                    link.owner().eSet(link.reference(), target);
                }
            }
            roots.sort(Comparator.comparing(Department::getName, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Department::getId));
            return roots;
        }

        private void readTable(Connection connection, ClassTable table) throws SQLException {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT * FROM " + TableMapping.quote(table.name()))) {
                while (rows.next()) {
                    EObject object = EcoreUtil.create(table.eClass());
                    String id = rows.getString(TableMapping.ID);
                    object.eSet(FachwerkPackage.Literals.ENTITY__ID, id);
                    objectsById.put(id, object);
                    for (EAttribute attribute : table.attributes()) {
                        object.eSet(attribute, fromColumn(attribute, rows, TableMapping.column(attribute)));
                    }
                    for (EReference reference : table.references()) {
                        String targetId = rows.getString(TableMapping.column(reference));
                        if (targetId != null) {
                            links.add(new Link(object, reference, targetId));
                        }
                    }
                    String parentId = rows.getString(TableMapping.PARENT_ID);
                    if (parentId != null) {
                        containments.add(new Containment(object, parentId, rows.getString(TableMapping.PARENT_FEATURE),
                                rows.getInt(TableMapping.POSITION)));
                    } else if (object instanceof Department department) {
                        roots.add(department);
                    }
                }
            }
        }

        private void readJoinTable(Connection connection, JoinTable join) throws SQLException {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT " + TableMapping.quote(TableMapping.OWNER_ID) + ", "
                            + TableMapping.quote(TableMapping.TARGET_ID) + " FROM " + TableMapping.quote(join.name())
                            + " ORDER BY " + TableMapping.quote(TableMapping.OWNER_ID) + ", "
                            + TableMapping.quote(TableMapping.POSITION))) {
                while (rows.next()) {
                    EObject owner = objectsById.get(rows.getString(1));
                    if (owner != null) {
                        links.add(new Link(owner, join.reference(), rows.getString(2)));
                    }
                }
            }
        }
    }
}
