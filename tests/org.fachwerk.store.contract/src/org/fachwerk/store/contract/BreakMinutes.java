package org.fachwerk.store.contract;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.store.KeptSum;

/**
 * The sum the contract has stores keep: the break minutes per person and day. A booking without a break counts
 * nowhere, so that the contract sees objects of the class that are not counted.
 */
public final class BreakMinutes implements KeptSum {

    public static final String NAME = "contract.breakMinutesPerPersonAndDay";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public EClass summed() {
        return FachwerkPackage.Literals.TIME_ENTRY;
    }

    @Override
    public EClass grouped() {
        return FachwerkPackage.Literals.PERSON;
    }

    @Override
    public Key keyOf(EObject object) {
        TimeEntry entry = (TimeEntry) object;
        return entry.getBreakMinutes() == 0 ? null : new Key(entry.getPerson().getId(), entry.getDate());
    }

    @Override
    public long valueOf(EObject object) {
        return ((TimeEntry) object).getBreakMinutes();
    }
}
