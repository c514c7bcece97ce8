package org.fachwerk.timelog.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.MonthApproval;
import org.fachwerk.model.Person;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.store.CommitRule;
import org.fachwerk.store.Stored;
import org.fachwerk.store.Query;
import org.osgi.service.component.annotations.Component;

/**
 * The store refuses every commit that adds, changes or removes a booking in an approved month, as it is stored when
 * the commit is written: a workbench that loaded the month before it was approved, or a modified client, cannot
 * write into it. Only the mark of the bookings' approval changes, which is what approving and reopening do (who may
 * do those is the rights' matter). The message is the one the week sheet shows when it refuses by itself.
 */
@Component(service = CommitRule.class)
public final class ApprovedMonthLock implements CommitRule {

    private static final Set<EStructuralFeature> APPROVAL_MARK = Set.of(FachwerkPackage.Literals.TIME_ENTRY__APPROVAL);

    @Override
    public EClass checked() {
        return FachwerkPackage.Literals.TIME_ENTRY;
    }

    @Override
    public String check(Write write, Stored stored) {
        if (write.kind() == Kind.CHANGE && APPROVAL_MARK.containsAll(write.features())) {
            return null;
        }
        TimeEntry written = (TimeEntry) write.object();
        List<TimeEntry> states = new ArrayList<>(2);
        if (write.kind() != Kind.REMOVE) {
            states.add(written); // where it goes
        }
        if (write.stored() != null) {
            states.add((TimeEntry) write.stored()); // where it was, as stored, not as a stale workbench thinks
        }
        for (TimeEntry entry : states) {
            if (entry.getPerson() != null && entry.getDate() != null && stored.exists(Query.of(MonthApproval.class)
                    .where(FachwerkPackage.Literals.MONTH_APPROVAL__PERSON, entry.getPerson())
                    .where(FachwerkPackage.Literals.MONTH_APPROVAL__MONTH, entry.getDate().withDayOfMonth(1)))) {
                Person named = written.getPerson() != null ? written.getPerson() : entry.getPerson();
                return MonthApprovals.lockedMessage(named, entry.getDate());
            }
        }
        return null;
    }
}
