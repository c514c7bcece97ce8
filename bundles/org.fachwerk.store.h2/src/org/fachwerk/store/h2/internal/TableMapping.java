package org.fachwerk.store.h2.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.fachwerk.model.Entity;
import org.fachwerk.store.Query;
import org.fachwerk.store.Visible;

/**
 * The relational form of an EMF package: one table per concrete class with a column per attribute and a key column
 * per single reference, one join table per many-valued reference, and containment as parent key, feature and
 * position. Every row also carries the id of its department (root) and of its aggregate, the department's direct part
 * it belongs to (a project, a person, a booking), so that either loads with one query per table, and a version for
 * optimistic locking. The schema itself comes from the migrations; {@link #schemaDifferences} checks that they agree.
 */
final class TableMapping {

    static final String ID = "ID";
    static final String ROOT_ID = "ROOT_ID";
    static final String PARENT_ID = "PARENT_ID";
    static final String PARENT_FEATURE = "PARENT_FEATURE";
    static final String POSITION = "POSITION";
    static final String OWNER_ID = "OWNER_ID";
    static final String TARGET_ID = "TARGET_ID";
    static final String AGGREGATE_ID = "AGGREGATE_ID";
    static final String VERSION = "VERSION";

    /** The store's own tables, which hold no model objects. */
    static final List<String> STORE_TABLES = List.of("SCHEMA_VERSION", "CHANGE_LOG", "COMMIT_COUNTER", "KEPT_SUM",
            "KEPT_SUM_BUILT", "CONTENT", "SEARCH_TEXT", "ACCOUNT");

    private static final String ID_TYPE = "CHARACTER VARYING";

    /** The columns a row's place is written to when it moves, in the order {@link ClassTable#move()} sets them. */
    private static final List<String> PLACE = List.of(ROOT_ID, AGGREGATE_ID, PARENT_ID, PARENT_FEATURE, POSITION);
    /** The columns of a join table's rows, in the order they are inserted. */
    private static final List<String> JOIN_COLUMNS = List.of(ROOT_ID, AGGREGATE_ID, OWNER_ID, TARGET_ID, POSITION);

    /**
     * A concrete class and where its features go. Its statements take their parameters in the order their
     * documentation names them.
     */
    record ClassTable(EClass eClass, String name, List<EAttribute> attributes, List<EReference> references) {

        /** How many columns come before the attributes': the keys and the row's place. */
        static final int PLACE_COLUMNS = 7;

        /** The table's columns in the order rows are written: the keys, then attributes, then references. */
        List<String> columns() {
            List<String> columns = new ArrayList<>(List.of(ID, ROOT_ID, AGGREGATE_ID, PARENT_ID, PARENT_FEATURE,
                    POSITION, VERSION));
            attributes.forEach(a -> columns.add(column(a)));
            references.forEach(r -> columns.add(column(r)));
            return columns;
        }

        /** All columns of the rows that match the condition (all rows for null), in the order of {@link #columns()}. */
        String select(String condition) {
            return "SELECT " + list(columns()) + " FROM " + quote(name) + where(condition);
        }

        /**
         * As {@link #select(String)}, with some attributes read only where a condition holds (otherwise as NULL): the
         * conditions' parameters come first, in the order of {@link #attributes()}, then the condition's.
         */
        String select(String condition, Map<EAttribute, Where> disclosed) {
            List<String> read = new ArrayList<>();
            for (String column : columns()) {
                read.add(quote(column));
            }
            for (int i = 0; i < attributes.size(); i++) {
                Where where = disclosed.get(attributes.get(i));
                if (where != null) {
                    String column = read.get(PLACE_COLUMNS + i);
                    read.set(PLACE_COLUMNS + i, "CASE WHEN " + where.condition() + " THEN " + column + " END");
                }
            }
            return "SELECT " + String.join(", ", read) + " FROM " + quote(name) + where(condition);
        }

        /** The ids of the rows that match the condition (all rows for null). */
        String selectIds(String condition) {
            return "SELECT " + quote(ID) + " FROM " + quote(name) + where(condition);
        }

        /** One row if any matches the condition. */
        String exists(String condition) {
            return "SELECT 1 FROM " + quote(name) + where(condition) + " LIMIT 1";
        }

        /** The ids and aggregates of the rows among an array of ids. */
        String selectAggregates() {
            return "SELECT " + quote(ID) + ", " + quote(AGGREGATE_ID) + " FROM " + quote(name) + where(idIn());
        }

        /** The department and aggregate of the row with an id. */
        String selectPlacement() {
            return "SELECT " + quote(ROOT_ID) + ", " + quote(AGGREGATE_ID) + " FROM " + quote(name) + where(hasId());
        }

        /** A row with every column of {@link #columns()}. */
        String insert() {
            return "INSERT INTO " + quote(name) + " (" + list(columns()) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(columns().size(), "?")) + ")";
        }

        /** The given columns, then the id and the version the row must still have; the version counts up. */
        String update(List<String> changed) {
            StringBuilder sql = new StringBuilder("UPDATE ").append(quote(name)).append(" SET ");
            for (String column : changed) {
                sql.append(quote(column)).append(" = ?, ");
            }
            return sql.append(quote(VERSION)).append(" = ").append(quote(VERSION)).append(" + 1").append(where(current()))
                    .toString();
        }

        /** The id and the version the row must still have. */
        String delete() {
            return "DELETE FROM " + quote(name) + where(current());
        }

        /** Department, aggregate, parent, parent feature and position, then the id. */
        String move() {
            return "UPDATE " + quote(name) + " SET " + String.join(", ", PLACE.stream().map(c -> quote(c) + " = ?")
                    .toList()) + where(hasId());
        }

        /** The ids among an array of ids that are stored, locked until the transaction ends. */
        String lockStored() {
            return "SELECT " + quote(ID) + " FROM " + quote(name) + where(idIn()) + " FOR UPDATE";
        }

        /** The ids among an array of ids that rows of this table have as their parent. */
        String selectParentsAmong() {
            return "SELECT DISTINCT " + quote(PARENT_ID) + " FROM " + quote(name) + where(quote(PARENT_ID) + " = ANY(?)");
        }

        /** A condition on join rows: their owner is one of the rows of this table that match the condition. */
        String ownedByRows(String condition) {
            return quote(OWNER_ID) + " IN (SELECT " + quote(ID) + " FROM " + quote(name) + where(condition) + ")";
        }
    }

    /** A many-valued cross reference. */
    record JoinTable(EReference reference, String name) {

        /** Owner, target and position of the rows that match the condition (all rows for null). */
        String select(String condition) {
            return "SELECT " + quote(OWNER_ID) + ", " + quote(TARGET_ID) + ", " + quote(POSITION) + " FROM "
                    + quote(name) + where(condition);
        }

        /** Department, aggregate, owner, target and position. */
        String insert() {
            return "INSERT INTO " + quote(name) + " (" + list(JOIN_COLUMNS) + ") VALUES (?, ?, ?, ?, ?)";
        }

        /** The owner whose rows go. */
        String deleteByOwner() {
            return "DELETE FROM " + quote(name) + where(ownedBy());
        }
    }

    /** The SQL of a query's conditions and their parameters, in the columns' form. */
    record Where(String condition, Object[] parameters) {

        /** Both conditions; either may be null (or have no condition) for all rows. */
        static Where both(Where first, Where second) {
            if (first == null || first.condition() == null) {
                return second;
            } else if (second == null) {
                return first;
            }
            List<Object> parameters = new ArrayList<>(List.of(first.parameters()));
            parameters.addAll(List.of(second.parameters()));
            return new Where("(" + first.condition() + ") AND (" + second.condition() + ")", parameters.toArray());
        }
    }

    private final Map<EClass, ClassTable> classTables = new LinkedHashMap<>();
    private final List<JoinTable> joinTables = new ArrayList<>();

    TableMapping(EPackage ePackage) {
        for (EClassifier classifier : ePackage.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                if (!eClass.isAbstract() && !eClass.isInterface()) {
                    addClass(eClass);
                }
                addJoinTables(eClass);
            }
        }
    }

    /** One join table per many-valued cross reference, where it is declared (abstract classes included). */
    private void addJoinTables(EClass eClass) {
        for (EReference reference : eClass.getEReferences()) {
            if (isStored(reference) && reference.isMany() && !reference.isContainment() && !reference.isContainer()) {
                joinTables.add(new JoinTable(reference, sqlName(eClass.getName()) + "_" + sqlName(reference.getName())));
            }
        }
    }

    private void addClass(EClass eClass) {
        List<EAttribute> attributes = new ArrayList<>();
        for (EAttribute attribute : eClass.getEAllAttributes()) {
            if (isStored(attribute) && !attribute.isID()) {
                if (attribute.isMany()) {
                    throw new IllegalStateException("Many-valued attributes are not mapped: " + attribute);
                }
                attributes.add(attribute);
            }
        }
        List<EReference> references = new ArrayList<>();
        for (EReference reference : eClass.getEAllReferences()) {
            if (!isStored(reference) || reference.isContainment() || reference.isContainer()) {
                continue;
            }
            if (!reference.isMany()) {
                references.add(reference);
            }
        }
        classTables.put(eClass, new ClassTable(eClass, sqlName(eClass.getName()), attributes, references));
    }

    private static boolean isStored(EStructuralFeature feature) {
        return !feature.isTransient() && !feature.isDerived() && !feature.isVolatile();
    }

    ClassTable table(EClass eClass) {
        ClassTable table = classTables.get(eClass);
        if (table == null) {
            throw new IllegalArgumentException("No table for " + eClass.getName());
        }
        return table;
    }

    Iterable<ClassTable> classTables() {
        return classTables.values();
    }

    List<JoinTable> joinTables() {
        return joinTables;
    }

    /** The tables that can hold what an object of the class contains, itself included. */
    List<ClassTable> classTablesWithin(EClass eClass) {
        Set<EClass> classes = containedClasses(eClass);
        return classTables.values().stream().filter(t -> classes.contains(t.eClass())).toList();
    }

    /** The join tables of references of what an object of the class contains, itself included. */
    List<JoinTable> joinTablesWithin(EClass eClass) {
        Set<EClass> classes = containedClasses(eClass);
        return joinTables.stream()
                .filter(j -> classes.stream().anyMatch(c -> j.reference().getEContainingClass().isSuperTypeOf(c)))
                .toList();
    }

    private final Map<EClass, Set<EClass>> containedClasses = new ConcurrentHashMap<>();

    private Set<EClass> containedClasses(EClass eClass) {
        return containedClasses.computeIfAbsent(eClass, root -> {
            Set<EClass> classes = new LinkedHashSet<>();
            List<EClass> open = new ArrayList<>(List.of(root));
            while (!open.isEmpty()) {
                EClass next = open.remove(open.size() - 1);
                if (!classes.add(next)) {
                    continue;
                }
                for (EReference containment : next.getEAllContainments()) {
                    for (EClass candidate : classTables.keySet()) {
                        if (containment.getEReferenceType().isSuperTypeOf(candidate)) {
                            open.add(candidate);
                        }
                    }
                }
            }
            return classes;
        });
    }

    JoinTable joinTable(EReference reference) {
        for (JoinTable join : joinTables) {
            if (join.reference() == reference) {
                return join;
            }
        }
        throw new IllegalArgumentException("No join table for " + reference.getName());
    }

    /** {@code weeklyCapacity} becomes {@code WEEKLY_CAPACITY}. */
    static String sqlName(String javaName) {
        return javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    /** The column of a feature, remembered: commits ask for it for every changed value. */
    static String column(EStructuralFeature feature) {
        return COLUMNS.computeIfAbsent(feature,
                f -> f instanceof EReference ? sqlName(f.getName()) + "_ID" : sqlName(f.getName()));
    }

    private static final Map<EStructuralFeature, String> COLUMNS = new ConcurrentHashMap<>();

    /**
     * How the database's tables differ from what this model needs, one line per difference; empty when they fit.
     * The migrations define the schema and this mapping reads and writes it, so the two must agree exactly.
     */
    List<String> schemaDifferences(Connection connection) throws SQLException {
        Map<String, Map<String, String>> expected = new LinkedHashMap<>();
        for (ClassTable table : classTables.values()) {
            Map<String, String> columns = new LinkedHashMap<>();
            columns.put(ID, ID_TYPE);
            columns.put(ROOT_ID, ID_TYPE);
            columns.put(AGGREGATE_ID, ID_TYPE);
            columns.put(PARENT_ID, ID_TYPE);
            columns.put(PARENT_FEATURE, "CHARACTER VARYING");
            columns.put(POSITION, "INTEGER");
            columns.put(VERSION, "BIGINT");
            table.attributes().forEach(a -> columns.put(column(a), sqlType(a)));
            table.references().forEach(r -> columns.put(column(r), ID_TYPE));
            expected.put(table.name(), columns);
        }
        for (JoinTable join : joinTables) {
            Map<String, String> columns = new LinkedHashMap<>();
            for (String column : List.of(ROOT_ID, AGGREGATE_ID, OWNER_ID, TARGET_ID)) {
                columns.put(column, ID_TYPE);
            }
            columns.put(POSITION, "INTEGER");
            expected.put(join.name(), columns);
        }
        Map<String, Map<String, String>> actual = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE"
                        + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'"
                        + " ORDER BY TABLE_NAME, ORDINAL_POSITION")) {
            while (rows.next()) {
                actual.computeIfAbsent(rows.getString(1), t -> new LinkedHashMap<>()).put(rows.getString(2),
                        rows.getString(3));
            }
        }
        STORE_TABLES.forEach(actual::remove);
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> table : expected.entrySet()) {
            Map<String, String> columns = actual.remove(table.getKey());
            if (columns == null) {
                differences.add("table " + table.getKey() + " is missing");
                continue;
            }
            for (Map.Entry<String, String> column : table.getValue().entrySet()) {
                String type = columns.remove(column.getKey());
                if (type == null) {
                    differences.add("column " + table.getKey() + "." + column.getKey() + " is missing");
                } else if (!type.equals(column.getValue())) {
                    differences.add("column " + table.getKey() + "." + column.getKey() + " is " + type + ", not "
                            + column.getValue());
                }
            }
            columns.keySet().forEach(c -> differences.add("column " + table.getKey() + "." + c + " is not mapped"));
        }
        actual.keySet().forEach(t -> differences.add("table " + t + " is not mapped"));
        return differences;
    }

    /** The query's conditions; the condition is null when it has none. */
    Where where(Query<?> query) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (Query.Condition condition : query.conditions()) {
            String column = quote(column(condition.feature()));
            if (condition.kind() == Query.Kind.REFERS_WITHIN) {
                conditions.add(visible(Visible.refersWithin((EReference) condition.feature(),
                        Set.of((String) condition.value())), parameters));
            } else if (condition.kind() == Query.Kind.BETWEEN) {
                conditions.add(column + " BETWEEN ? AND ?");
                parameters.add(columnValue(condition.feature(), condition.value()));
                parameters.add(columnValue(condition.feature(), condition.upTo()));
            } else if (condition.value() == null) {
                conditions.add(column + " IS NULL");
            } else {
                conditions.add(column + " = ?");
                parameters.add(columnValue(condition.feature(), condition.value()));
            }
        }
        return new Where(conditions.isEmpty() ? null : String.join(" AND ", conditions), parameters.toArray());
    }

    /**
     * Queries for one stored reference to any of some ids (the one parameter, an array) of objects of the classes:
     * the referring row's class and the id it refers to, for every single reference column and join table whose
     * reference can point to one of those classes (the others cannot hold their ids and are not read).
     */
    List<String> referencesAmong(Set<EClass> classes) {
        List<String> queries = new ArrayList<>();
        for (ClassTable table : classTables.values()) {
            for (EReference reference : table.references()) {
                if (canReferTo(reference, classes)) {
                    queries.add("SELECT '" + table.eClass().getName() + "', " + quote(column(reference)) + " FROM "
                            + quote(table.name()) + " WHERE " + quote(column(reference)) + " = ANY(?) LIMIT 1");
                }
            }
        }
        for (JoinTable join : joinTables) {
            if (canReferTo(join.reference(), classes)) {
                queries.add("SELECT '" + join.reference().getEContainingClass().getName() + "', " + quote(TARGET_ID)
                        + " FROM " + quote(join.name()) + " WHERE " + quote(TARGET_ID) + " = ANY(?) LIMIT 1");
            }
        }
        return queries;
    }

    private static boolean canReferTo(EReference reference, Set<EClass> classes) {
        return classes.stream().anyMatch(eClass -> reference.getEReferenceType().isSuperTypeOf(eClass));
    }

    /**
     * The condition of a read rule on a table's rows; null when every row is visible. A reference into aggregates
     * asks the tables of the referenced class for the rows inside them.
     */
    Where visible(Visible visible) {
        List<Object> parameters = new ArrayList<>();
        String condition = visible(visible, parameters);
        return condition.equals("TRUE") ? null : new Where(condition, parameters.toArray());
    }

    private String visible(Visible visible, List<Object> parameters) {
        if (visible instanceof Visible.Within within) {
            parameters.add(within.aggregateIds().toArray(new String[0]));
            return quote(AGGREGATE_ID) + " = ANY(?)";
        } else if (visible instanceof Visible.Equal equal) {
            if (equal.value() == null) {
                return quote(column(equal.feature())) + " IS NULL";
            }
            parameters.add(columnValue(equal.feature(), equal.value()));
            return quote(column(equal.feature())) + " = ?";
        } else if (visible instanceof Visible.RefersWithin refers) {
            List<String> targets = new ArrayList<>();
            for (ClassTable table : classTables.values()) {
                if (refers.reference().getEReferenceType().isSuperTypeOf(table.eClass())) {
                    parameters.add(refers.aggregateIds().toArray(new String[0]));
                    targets.add("SELECT " + quote(ID) + " FROM " + quote(table.name()) + " WHERE "
                            + quote(AGGREGATE_ID) + " = ANY(?)");
                }
            }
            return targets.isEmpty() ? "FALSE"
                    : quote(column(refers.reference())) + " IN (" + String.join(" UNION ALL ", targets) + ")";
        }
        Visible.AnyOf any = (Visible.AnyOf) visible;
        List<String> conditions = new ArrayList<>();
        for (Visible condition : any.conditions()) {
            String sql = visible(condition, parameters);
            if (sql.equals("TRUE")) {
                return "TRUE"; // its parameters are never used, as none follow
            }
            conditions.add("(" + sql + ")");
        }
        return conditions.isEmpty() ? (any.all() ? "TRUE" : "FALSE") : String.join(" OR ", conditions);
    }

    /** The value a column holds for a feature's value: enums by literal, references by id. */
    static Object columnValue(EStructuralFeature feature, Object value) {
        if (value == null) {
            return null;
        } else if (feature instanceof EReference) {
            return ((Entity) value).getId();
        } else if (feature.getEType() instanceof EEnum) {
            return value.toString();
        }
        return value;
    }

    /** The condition that a column has a value. */
    static String equal(String column) {
        return quote(column) + " = ?";
    }

    /** The condition that a row has an id. */
    static String hasId() {
        return equal(ID);
    }

    /** The condition that a row's id is one of an array of ids. */
    static String idIn() {
        return quote(ID) + " = ANY(?)";
    }

    /**
     * The condition that a row is not directly in a department under one of the features (names quoted as SQL
     * literals: they are the model's own); null for none.
     */
    static String notIn(List<String> departmentFeatures) {
        if (departmentFeatures.isEmpty()) {
            return null;
        }
        return "NOT (" + quote(PARENT_ID) + " = " + quote(ROOT_ID) + " AND " + quote(PARENT_FEATURE) + " IN ("
                + String.join(", ", departmentFeatures.stream().map(name -> "'" + name + "'").toList()) + "))";
    }

    /** The condition that a join row belongs to an owner. */
    static String ownedBy() {
        return equal(OWNER_ID);
    }

    /** The condition that a join row belongs to one of an array of owners. */
    static String ownedByOneOf() {
        return quote(OWNER_ID) + " = ANY(?)";
    }

    /**
     * The next rows after an id in the order of their ids, at most {@code limit}: for reading a whole table in
     * parts. A condition with its order and limit, so it comes last.
     */
    static String idsAfter(int limit) {
        return quote(ID) + " > ? ORDER BY " + quote(ID) + " LIMIT " + limit;
    }

    private static String current() {
        return hasId() + " AND " + equal(VERSION);
    }

    private static String where(String condition) {
        return condition == null ? "" : " WHERE " + condition;
    }

    private static String list(List<String> columns) {
        return String.join(", ", columns.stream().map(TableMapping::quote).toList());
    }

    private static String quote(String identifier) {
        return '"' + identifier + '"';
    }

    private static String sqlType(EAttribute attribute) {
        if (attribute.getEAttributeType() instanceof EEnum) {
            return "CHARACTER VARYING";
        }
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (type == String.class) {
            return "CHARACTER VARYING";
        } else if (type == int.class || type == Integer.class) {
            return "INTEGER";
        } else if (type == long.class || type == Long.class) {
            return "BIGINT";
        } else if (type == double.class || type == Double.class) {
            return "DOUBLE PRECISION";
        } else if (type == boolean.class || type == Boolean.class) {
            return "BOOLEAN";
        } else if (type == java.time.LocalDate.class) {
            return "DATE";
        } else if (type == java.time.LocalTime.class) {
            return "TIME";
        } else if (type == java.time.LocalDateTime.class) {
            return "TIMESTAMP";
        }
        throw new IllegalStateException("No column type for " + attribute.getEContainingClass().getName() + "."
                + attribute.getName() + " of " + type);
    }
}
