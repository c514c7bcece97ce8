package org.fachwerk.model.validation;

import java.time.chrono.ChronoLocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.model.Absence;
import org.fachwerk.model.Dependency;
import org.fachwerk.model.DocumentVersion;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.RecordPlanNode;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkingTimeRuleSet;

/**
 * Checks what the model can state by itself: every required feature is set, amounts of time and sizes are not
 * negative and within their limits, and periods do not end before they start. The messages name the object and
 * the feature in words a user can act on.
 */
public final class ModelValidator implements EValidator {

    private static final String SOURCE = "org.fachwerk.model";
    private static final double HOURS_PER_WEEK = 7 * 24;
    private static final double HOURS_PER_DAY = 24;

    /** The problems of an object and everything it contains, one message each; empty when all is well. */
    public static List<String> problems(EObject root) {
        List<EObject> objects = new ArrayList<>();
        objects.add(root);
        root.eAllContents().forEachRemaining(objects::add);
        return problemsOf(objects);
    }

    /** The problems of each of the objects, without what they contain; empty when all is well. */
    public static List<String> problemsOf(Collection<? extends EObject> objects) {
        ModelValidator validator = new ModelValidator();
        BasicDiagnostic diagnostics = new BasicDiagnostic();
        for (EObject object : objects) {
            validator.validate(object, diagnostics, null);
        }
        return diagnostics.getChildren().stream().map(Diagnostic::getMessage).toList();
    }

    @Override
    public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(object.eClass(), object, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Problems problems = new Problems(object, diagnostics);
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (feature.getLowerBound() > 0 && !feature.isDerived() && isMissing(object, feature)) {
                problems.add(Messages.Required, feature.getName());
            }
        }
        if (object instanceof Person person) {
            problems.range("weeklyCapacity", person.getWeeklyCapacity(), HOURS_PER_WEEK);
        } else if (object instanceof Project project) {
            problems.order("start", project.getStart(), "end", project.getEnd());
        } else if (object instanceof WorkItem item) {
            problems.range("plannedEffort", item.getPlannedEffort(), Double.MAX_VALUE);
            problems.range("remainingEffort", item.getRemainingEffort(), Double.MAX_VALUE);
            problems.order("plannedStart", item.getPlannedStart(), "plannedEnd", item.getPlannedEnd());
        } else if (object instanceof Dependency dependency && dependency.getPredecessor() != null
                && dependency.getPredecessor() == dependency.eContainer()) {
            problems.add(Messages.SelfDependency);
        } else if (object instanceof TimeEntry entry) {
            problems.range("breakMinutes", entry.getBreakMinutes(), HOURS_PER_DAY * 60);
        } else if (object instanceof Absence absence) {
            problems.order("from", absence.getFrom(), "to", absence.getTo());
        } else if (object instanceof WorkingTimeRuleSet rules) {
            problems.range("weeklyHours", rules.getWeeklyHours(), HOURS_PER_WEEK);
            problems.range("maxDailyHours", rules.getMaxDailyHours(), HOURS_PER_DAY);
            problems.range("minRestHours", rules.getMinRestHours(), HOURS_PER_DAY);
        } else if (object instanceof RecordPlanNode node) {
            problems.range("retentionYears", node.getRetentionYears(), Integer.MAX_VALUE);
        } else if (object instanceof DocumentVersion version) {
            problems.range("size", version.getSize(), Long.MAX_VALUE);
        }
        return problems.none();
    }

    private static boolean isMissing(EObject object, EStructuralFeature feature) {
        Object value = object.eGet(feature, false);
        if (feature.isMany()) {
            return ((List<?>) value).size() < feature.getLowerBound();
        }
        return value == null || value instanceof String text && text.isBlank();
    }

    @Override
    public boolean validate(EDataType dataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }

    /** Adds the problems of one object to the chain. */
    private static final class Problems {
        private final EObject object;
        private final DiagnosticChain diagnostics;
        private boolean none = true;

        Problems(EObject object, DiagnosticChain diagnostics) {
            this.object = object;
            this.diagnostics = diagnostics;
        }

        void add(String message, Object... arguments) {
            none = false;
            if (diagnostics != null) {
                Object[] withLabel = new Object[arguments.length + 1];
                withLabel[0] = label(object);
                System.arraycopy(arguments, 0, withLabel, 1, arguments.length);
                diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, 0, NLS.bind(message, withLabel),
                        new Object[] { object }));
            }
        }

        void range(String feature, double value, double maximum) {
            if (value < 0) {
                add(Messages.Negative, feature, value);
            } else if (value > maximum) {
                add(Messages.TooLarge, feature, maximum, value);
            }
        }

        void order(String startName, ChronoLocalDate start, String endName, ChronoLocalDate end) {
            if (start != null && end != null && end.isBefore(start)) {
                add(Messages.EndBeforeStart, endName, end, startName, start);
            }
        }

        boolean none() {
            return none;
        }
    }

    /** "Person Koch", "WorkItem Planung": the class and the first naming attribute that is set. */
    public static String label(EObject object) {
        for (String name : List.of("key", "title", "lastName", "name", "fileCode", "login", "fileName", "text")) {
            EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
            if (feature instanceof EAttribute && object.eGet(feature) instanceof String value && !value.isBlank()) {
                return object.eClass().getName() + " " + value;
            }
        }
        return object.eClass().getName();
    }
}
