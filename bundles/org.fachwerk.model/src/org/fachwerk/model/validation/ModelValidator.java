package org.fachwerk.model.validation;

import java.time.chrono.ChronoLocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.model.Dependency;
import org.fachwerk.model.FachwerkPackage.Literals;

/**
 * Checks what the model can state by itself: every required feature is set, amounts of time and sizes are not
 * negative and within their limits, and periods do not end before they start. The messages name the object and
 * the feature in words a user can act on.
 *
 * <p>Which features are required is EMF's check of the ecore's lower bounds, with a blank text counting as missing.
 * EMF's other default constraints are left out on purpose: references to objects that are not loaded are proxies,
 * which its proxy and containment checks would refuse, the store checks references to unstored objects itself, and
 * its check of unique ids would search the whole department for each object.
 */
public final class ModelValidator extends EObjectValidator {

    private static final String SOURCE = "org.fachwerk.model";
    private static final String REQUIRED = "_UI_RequiredFeatureMustBeSet_diagnostic";
    private static final double HOURS_PER_WEEK = 7 * 24;
    private static final double HOURS_PER_DAY = 24;

    /**
     * The longest retention a record plan node may have: well beyond any statutory period (30 years for building
     * files), and short enough that every retention end is a date.
     */
    public static final int MAX_RETENTION_YEARS = 200;

    /** The amounts with their upper limits; none may be negative. */
    private static final Map<EAttribute, Double> MAXIMA = Map.ofEntries(
            Map.entry(Literals.PERSON__WEEKLY_CAPACITY, HOURS_PER_WEEK),
            Map.entry(Literals.WORK_ITEM__PLANNED_EFFORT, Double.MAX_VALUE),
            Map.entry(Literals.WORK_ITEM__REMAINING_EFFORT, Double.MAX_VALUE),
            Map.entry(Literals.TIME_ENTRY__BREAK_MINUTES, HOURS_PER_DAY * 60),
            Map.entry(Literals.WORKING_TIME_RULE_SET__WEEKLY_HOURS, HOURS_PER_WEEK),
            Map.entry(Literals.WORKING_TIME_RULE_SET__MAX_DAILY_HOURS, HOURS_PER_DAY),
            Map.entry(Literals.WORKING_TIME_RULE_SET__MIN_REST_HOURS, HOURS_PER_DAY),
            Map.entry(Literals.RECORD_PLAN_NODE__RETENTION_YEARS, (double) MAX_RETENTION_YEARS),
            Map.entry(Literals.DOCUMENT_VERSION__SIZE, (double) Long.MAX_VALUE));

    private record Period(EAttribute start, EAttribute end) {
    }

    private static final List<Period> PERIODS = List.of(new Period(Literals.PROJECT__START, Literals.PROJECT__END),
            new Period(Literals.WORK_ITEM__PLANNED_START, Literals.WORK_ITEM__PLANNED_END),
            new Period(Literals.ABSENCE__FROM, Literals.ABSENCE__TO));

    /** What names an object in a message, the first one set of those its class has. */
    private static final List<EAttribute> NAMES = List.of(Literals.PROJECT__KEY, Literals.WORK_ITEM__TITLE,
            Literals.DOCUMENT__TITLE, Literals.RECORD_PLAN_NODE__TITLE, Literals.PERSON__LAST_NAME,
            Literals.DEPARTMENT__NAME, Literals.QUALIFICATION__NAME, Literals.WORKING_TIME_RULE_SET__NAME,
            Literals.PROJECT__NAME, Literals.TAG__NAME, Literals.RECORD_PLAN_NODE__FILE_CODE, Literals.PERSON__LOGIN,
            Literals.DOCUMENT__FILE_NAME, Literals.DOCUMENT_VERSION__FILE_NAME, Literals.CHECKLIST_ITEM__TEXT,
            Literals.COMMENT__TEXT);

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
        Map<Object, Object> context = new HashMap<>();
        for (EObject object : objects) {
            validator.validate(object, diagnostics, context);
        }
        return diagnostics.getChildren().stream().map(Diagnostic::getMessage).toList();
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Map<Object, Object> labelled = context == null ? new HashMap<>() : context;
        labelled.putIfAbsent(EValidator.SubstitutionLabelProvider.class, Labels.INSTANCE);
        boolean valid = validate_EveryMultiplicityConforms(object, diagnostics, labelled);
        Problems problems = new Problems(object, diagnostics);
        for (EAttribute attribute : eClass.getEAllAttributes()) {
            Double maximum = MAXIMA.get(attribute);
            if (maximum != null) {
                problems.range(attribute, ((Number) object.eGet(attribute)).doubleValue(), maximum);
            }
        }
        for (Period period : PERIODS) {
            if (period.start().getEContainingClass().isSuperTypeOf(eClass)) {
                problems.order(period, (ChronoLocalDate) object.eGet(period.start()),
                        (ChronoLocalDate) object.eGet(period.end()));
            }
        }
        if (object instanceof Dependency dependency && dependency.getPredecessor() != null
                && dependency.getPredecessor() == dependency.eContainer()) {
            problems.add(Messages.SelfDependency);
        }
        return valid && problems.none();
    }

    /** To a user a blank text is as missing as none. */
    @Override
    protected boolean validate_MultiplicityConforms(EObject object, EStructuralFeature feature,
            DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (feature.isRequired() && !feature.isMany() && object.eGet(feature, false) instanceof String text
                && text.isBlank()) {
            if (diagnostics != null) {
                Object[] names = { getFeatureLabel(feature, context), getObjectLabel(object, context) };
                diagnostics.add(createDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE,
                        EOBJECT__EVERY_MULTIPCITY_CONFORMS, REQUIRED, names, new Object[] { object, feature }, context));
            }
            return false;
        }
        return super.validate_MultiplicityConforms(object, feature, diagnostics, context);
    }

    /** EMF's message of a missing value in the words of this validator, in the user's language. */
    @Override
    protected String getEcoreString(String key, Object[] substitutions) {
        if (REQUIRED.equals(key)) {
            return NLS.bind(Messages.Required, substitutions[1], substitutions[0]);
        }
        return super.getEcoreString(key, substitutions);
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

        void range(EAttribute amount, double value, double maximum) {
            if (value < 0) {
                add(Messages.Negative, amount.getName(), value);
            } else if (value > maximum) {
                add(Messages.TooLarge, amount.getName(), maximum, value);
            }
        }

        void order(Period period, ChronoLocalDate start, ChronoLocalDate end) {
            if (start != null && end != null && end.isBefore(start)) {
                add(Messages.EndBeforeStart, period.end().getName(), end, period.start().getName(), start);
            }
        }

        boolean none() {
            return none;
        }
    }

    /** "Person Koch", "WorkItem Planung": the class and the first naming attribute that is set. */
    public static String label(EObject object) {
        for (EAttribute name : NAMES) {
            if (name.getEContainingClass().isSuperTypeOf(object.eClass()) && object.eGet(name) instanceof String value
                    && !value.isBlank()) {
                return object.eClass().getName() + " " + value;
            }
        }
        return object.eClass().getName();
    }

    /** Objects by {@link #label(EObject)}, features by their names. */
    private enum Labels implements EValidator.SubstitutionLabelProvider {
        INSTANCE;

        @Override
        public String getObjectLabel(EObject object) {
            return label(object);
        }

        @Override
        public String getFeatureLabel(EStructuralFeature feature) {
            return feature.getName();
        }

        @Override
        public String getValueLabel(EDataType dataType, Object value) {
            return String.valueOf(value);
        }
    }
}
