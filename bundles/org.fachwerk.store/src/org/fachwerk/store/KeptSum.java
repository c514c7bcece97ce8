package org.fachwerk.store;

import java.time.LocalDate;
import java.util.Objects;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * A sum the store keeps beside the objects of one class and updates inside every commit that writes them, so that a
 * report reads a row per group and day instead of every object, e.g. the minutes booked per person and week. The
 * module that owns the rule registers it as an OSGi service; stores keep every sum registered, and build one they do
 * not have yet from the objects stored.
 * <p>
 * Key and value are computed from an object's own attributes and single references (others refer to it by their
 * id; its many-valued references are not there when the store computes them from stored objects). A store counts an
 * object under the key it had when it was written: a rule that changes must take a new name, so that the sum is built
 * anew.
 */
public interface KeptSum {

    /** A place of the sum: a group, such as a person's id, and a day, such as the Monday of a week. */
    record Key(String group, LocalDate day) {

        public Key {
            Objects.requireNonNull(group, "a place of a sum needs a group");
            Objects.requireNonNull(day, "a place of a sum needs a day");
        }
    }

    /**
     * What the sum holds at one place.
     *
     * @param total the values added up
     * @param count how many objects count there
     */
    record Total(String group, LocalDate day, long total, int count) {
    }

    /** The name the sum is kept and read under, unique among all sums, e.g. {@code timelog.bookedMinutesPerWeek}. */
    String name();

    /** The class whose objects are summed (with its subclasses). */
    EClass summed();

    /**
     * The class of the objects whose ids are the sum's groups, e.g. the person for the minutes booked per person and
     * week. A unit of work reads the groups of the objects its person may read, and of those the {@link #readable}
     * ones.
     */
    EClass grouped();

    /**
     * Which of the {@link #grouped()} objects' groups the person may read besides the read rules of that class, e.g.
     * only their own booked hours; every one they may read by default.
     */
    default Visible readable(Stored stored) {
        return Visible.ALL;
    }

    /** Where the object counts; null for nowhere, e.g. while something the key needs is missing. */
    Key keyOf(EObject object);

    /** What the object adds where it counts. */
    long valueOf(EObject object);
}
