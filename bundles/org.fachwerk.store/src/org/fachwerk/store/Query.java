package org.fachwerk.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.fachwerk.model.Entity;
import org.fachwerk.model.FachwerkPackage;

/**
 * Which objects of one class to read: all of them, or those whose features have given values. A store turns a query
 * into a database query; objects are not loaded to be filtered.
 *
 * <pre>
 * Query.of(WorkItem.class).where(FachwerkPackage.Literals.WORK_ITEM__STATUS, WorkItemStatus.ACTIVE)
 * </pre>
 */
public final class Query<T extends Entity> {

    /**
     * One condition: the feature equals the value, lies between the two values (inclusive), or (a reference) points
     * to an object inside the aggregate whose id is the value.
     */
    public record Condition(EStructuralFeature feature, Object value, Object upTo, Kind kind) {
    }

    /** How a condition compares its feature. */
    public enum Kind {
        EQUAL, BETWEEN, REFERS_WITHIN
    }

    private final EClass type;
    private final List<Condition> conditions;

    private Query(EClass type, List<Condition> conditions) {
        this.type = type;
        this.conditions = List.copyOf(conditions);
    }

    /** All objects of the class. */
    public static <T extends Entity> Query<T> of(Class<T> type) {
        for (EClassifier classifier : FachwerkPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract() && eClass.getInstanceClass() == type) {
                return new Query<>(eClass, List.of());
            }
        }
        throw new IllegalArgumentException(type.getName() + " is not a concrete class of the model");
    }

    /**
     * Only objects whose single-valued feature equals the value; for a reference, the value is the target object
     * (or null for none).
     */
    public Query<T> where(EStructuralFeature feature, Object value) {
        return and(new Condition(checked(feature), value, null, Kind.EQUAL));
    }

    /** Only objects whose single-valued attribute lies between the two values, both included. */
    public Query<T> between(EStructuralFeature feature, Object from, Object upTo) {
        if (feature instanceof EReference) {
            throw new IllegalArgumentException(feature.getName() + " is a reference; only attributes have ranges");
        }
        return and(new Condition(checked(feature), Objects.requireNonNull(from), Objects.requireNonNull(upTo),
                Kind.BETWEEN));
    }

    /**
     * Only objects whose single reference points to the aggregate or to an object inside it, e.g. the bookings on
     * any task of a project: read by the store in one query, without loading the aggregate's contents first.
     */
    public Query<T> whereWithin(EReference reference, Entity aggregate) {
        return and(new Condition(checked(reference), Objects.requireNonNull(aggregate).getId(), null,
                Kind.REFERS_WITHIN));
    }

    public EClass type() {
        return type;
    }

    public List<Condition> conditions() {
        return conditions;
    }

    private Query<T> and(Condition condition) {
        List<Condition> more = new ArrayList<>(conditions);
        more.add(condition);
        return new Query<>(type, more);
    }

    private EStructuralFeature checked(EStructuralFeature feature) {
        if (!type.getEAllStructuralFeatures().contains(feature) || feature.isMany()) {
            throw new IllegalArgumentException(
                    feature.getName() + " is not a single-valued feature of " + type.getName());
        }
        return feature;
    }
}
