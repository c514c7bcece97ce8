package org.fachwerk.store.h2.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.store.StoreException;

/**
 * The relational form of an EMF package: one table per concrete class with a column per attribute and a key column
 * per single reference, one join table per many-valued reference, and containment as parent key, feature and
 * position. Every row also carries the id of its root object, so that a root's whole graph can be replaced at once.
 * A database whose columns do not fit the model is refused on opening.
 */
final class TableMapping {

    static final String ID = "ID";
    static final String ROOT_ID = "ROOT_ID";
    static final String PARENT_ID = "PARENT_ID";
    static final String PARENT_FEATURE = "PARENT_FEATURE";
    static final String POSITION = "POSITION";
    static final String OWNER_ID = "OWNER_ID";
    static final String TARGET_ID = "TARGET_ID";

    /** A concrete class and where its features go. */
    record ClassTable(EClass eClass, String name, List<EAttribute> attributes, List<EReference> references) {

        /** The table's columns in the order rows are written: the keys, then attributes, then references. */
        List<String> columns() {
            List<String> columns = new ArrayList<>(List.of(ID, ROOT_ID, PARENT_ID, PARENT_FEATURE, POSITION));
            attributes.forEach(a -> columns.add(column(a)));
            references.forEach(r -> columns.add(column(r)));
            return columns;
        }
    }

    /** A many-valued cross reference. */
    record JoinTable(EReference reference, String name) {
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

    /** {@code weeklyCapacity} becomes {@code WEEKLY_CAPACITY}. */
    static String sqlName(String javaName) {
        return javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    static String column(EStructuralFeature feature) {
        return feature instanceof EReference ? sqlName(feature.getName()) + "_ID" : sqlName(feature.getName());
    }

    void createTables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (ClassTable table : classTables.values()) {
                StringBuilder ddl = new StringBuilder("CREATE TABLE IF NOT EXISTS \"").append(table.name()).append("\" (")
                        .append(quote(ID)).append(" VARCHAR(36) PRIMARY KEY, ")
                        .append(quote(ROOT_ID)).append(" VARCHAR(36) NOT NULL, ")
                        .append(quote(PARENT_ID)).append(" VARCHAR(36), ")
                        .append(quote(PARENT_FEATURE)).append(" VARCHAR(64), ")
                        .append(quote(POSITION)).append(" INTEGER");
                for (EAttribute attribute : table.attributes()) {
                    ddl.append(", ").append(quote(column(attribute))).append(' ').append(sqlType(attribute));
                }
                for (EReference reference : table.references()) {
                    ddl.append(", ").append(quote(column(reference))).append(" VARCHAR(36)");
                }
                statement.execute(ddl.append(')').toString());
                statement.execute("CREATE INDEX IF NOT EXISTS \"" + table.name() + "_ROOT\" ON \"" + table.name()
                        + "\" (" + quote(ROOT_ID) + ")");
            }
            for (JoinTable join : joinTables) {
                statement.execute("CREATE TABLE IF NOT EXISTS \"" + join.name() + "\" (" + quote(ROOT_ID)
                        + " VARCHAR(36) NOT NULL, " + quote(OWNER_ID) + " VARCHAR(36) NOT NULL, " + quote(TARGET_ID)
                        + " VARCHAR(36) NOT NULL, " + quote(POSITION) + " INTEGER NOT NULL, PRIMARY KEY ("
                        + quote(OWNER_ID) + ", " + quote(POSITION) + "))");
                statement.execute("CREATE INDEX IF NOT EXISTS \"" + join.name() + "_ROOT\" ON \"" + join.name()
                        + "\" (" + quote(ROOT_ID) + ")");
            }
        }
    }

    /**
     * Refuses a database whose tables lack columns this model needs, e.g. one written by an older Fachwerk, rather
     * than failing later in the middle of a save.
     */
    void checkColumns(Connection connection, String database) throws SQLException {
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        for (ClassTable table : classTables.values()) {
            expected.put(table.name(), new LinkedHashSet<>(table.columns()));
        }
        for (JoinTable join : joinTables) {
            expected.put(join.name(), new LinkedHashSet<>(List.of(ROOT_ID, OWNER_ID, TARGET_ID, POSITION)));
        }
        Map<String, Set<String>> actual = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                        + " WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            while (rows.next()) {
                actual.computeIfAbsent(rows.getString(1), t -> new HashSet<>()).add(rows.getString(2));
            }
        }
        for (Map.Entry<String, Set<String>> table : expected.entrySet()) {
            Set<String> missing = new LinkedHashSet<>(table.getValue());
            missing.removeAll(actual.getOrDefault(table.getKey(), Set.of()));
            if (!missing.isEmpty()) {
                throw new StoreException(NLS.bind(Messages.OtherVersion,
                        new Object[] { database, table.getKey(), String.join(", ", missing) }));
            }
        }
    }

    static String quote(String identifier) {
        return '"' + identifier + '"';
    }

    private static String sqlType(EAttribute attribute) {
        if (attribute.getEAttributeType() instanceof EEnum) {
            return "VARCHAR(64)";
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
