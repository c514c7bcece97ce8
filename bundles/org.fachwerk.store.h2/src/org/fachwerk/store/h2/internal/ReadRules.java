package org.fachwerk.store.h2.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.EAttribute;
import org.fachwerk.store.ReadRule;
import org.fachwerk.store.Stored;
import org.fachwerk.store.h2.internal.TableMapping.ClassTable;
import org.fachwerk.store.h2.internal.TableMapping.Where;

/**
 * The {@link ReadRule}s the stores apply: each read of a unit of work asks them, through a {@link Visibility}, which
 * rows of each table its person may read, and reads only those.
 */
final class ReadRules {

    private final List<ReadRule> rules = new CopyOnWriteArrayList<>();

    void add(ReadRule rule) {
        rules.add(rule);
    }

    void remove(ReadRule rule) {
        rules.remove(rule);
    }

    /** What one read may see: the rules registered now, asked as the read reaches each table. */
    Visibility visibility(TableMapping mapping, Stored stored) {
        return new Visibility(mapping, List.copyOf(rules), stored);
    }

    /** The rows one read may see, table by table. */
    static final class Visibility {
        /** For reads that see every row: the rules' own reads, and a store without rules. */
        static final Visibility EVERYTHING = new Visibility(null, List.of(), null);

        private final TableMapping mapping;
        private final List<ReadRule> rules;
        private final Stored stored;
        private final Map<ClassTable, Where> conditions = new HashMap<>();
        private final Map<ClassTable, Map<EAttribute, Where>> disclosures = new HashMap<>();
        private boolean restricted;

        private Visibility(TableMapping mapping, List<ReadRule> rules, Stored stored) {
            this.mapping = mapping;
            this.rules = rules;
            this.stored = stored;
        }

        /** The condition the table's rows must meet, null for all. Every rule for the class must let a row pass. */
        Where where(ClassTable table) {
            if (rules.isEmpty()) {
                return null;
            }
            return conditions.computeIfAbsent(table, t -> {
                Where all = null;
                for (ReadRule rule : rules) {
                    if (rule.checked().isSuperTypeOf(t.eClass())) {
                        all = Where.both(all, mapping.visible(rule.visible(t.eClass(), stored)));
                    }
                }
                restricted |= all != null;
                return all;
            });
        }

        /**
         * The attributes of the table's visible rows that are read only where a condition holds, with that
         * condition (every rule withholding an attribute must disclose it); none when all are read everywhere.
         */
        Map<EAttribute, Where> disclosed(ClassTable table) {
            if (rules.isEmpty()) {
                return Map.of();
            }
            return disclosures.computeIfAbsent(table, t -> {
                Map<EAttribute, Where> disclosed = new LinkedHashMap<>();
                for (ReadRule rule : rules) {
                    if (rule.checked().isSuperTypeOf(t.eClass())) {
                        rule.withheld(t.eClass(), stored).forEach((attribute, where) -> {
                            Where condition = mapping.visible(where);
                            if (condition != null) {
                                disclosed.merge(attribute, condition, Where::both);
                            }
                        });
                    }
                }
                return disclosed;
            });
        }

        /** Whether the rows of any of the tables are restricted. */
        boolean restrictsAny(Iterable<ClassTable> tables) {
            for (ClassTable table : tables) {
                if (where(table) != null) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a table read so far was restricted, so that a missing reference target may be hidden. */
        boolean restricted() {
            return restricted;
        }
    }
}
