package fr.spro.label.evaluation;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.spro.label.evaluation.facts.ActionPoint;
import fr.spro.label.evaluation.facts.Activity;
import fr.spro.label.evaluation.facts.Answers;
import fr.spro.label.evaluation.facts.Campaign;
import fr.spro.label.evaluation.facts.Case;
import fr.spro.label.evaluation.facts.CharterCompliance;
import fr.spro.label.evaluation.facts.Inputs;
import fr.spro.label.evaluation.facts.LabelStatus;
import fr.spro.label.evaluation.facts.Proposal;
import fr.spro.label.evaluation.facts.Referential;
import fr.spro.label.evaluation.facts.Score;
import fr.spro.label.evaluation.facts.Structure;
import fr.spro.label.evaluation.facts.Tally;
import fr.spro.label.evaluation.facts.Verdict;
import fr.spro.label.evaluation.facts.Wording;
import fr.spro.label.referential.Compliance;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.Outcome;
import fr.spro.label.referential.Parameters;
import fr.spro.label.referential.PreviousActionPlan;
import fr.spro.label.referential.Theme;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Public;

/**
 * The only Java a rule file may name: the fact types it matches and reads, the enumerations it
 * compares with, the factories through which it concludes, the wording functions of its sentences
 * and the {@code parameters} global. Everything else — any other class, {@code new}, reflection,
 * I/O — is out of reach of a rule file by construction ({@link RuleFileCheck}), because Drools
 * itself offers no sandbox: a rule that compiles runs with the rights of the application.
 */
final class RuleVocabulary {

    /** The facts patterns match on and whose accessors conditions and consequences read. */
    private static final Map<String, Class<?>> FACTS = byName(Case.class, Structure.class, Answers.class,
            fr.spro.label.evaluation.facts.Activity.class, Campaign.class, LabelStatus.class, Verdict.class, Tally.class,
            CharterCompliance.class, Proposal.class, Score.class, ActionPoint.class, Referential.class);

    /** Fact types a rule set may add without Java changes being visible here: looked up by name when present. */
    private static final List<String> OPTIONAL_FACTS = List.of("fr.spro.label.evaluation.facts.Scores");

    /** Values the rules compare with (their constants) but never navigate. */
    private static final Map<String, Class<?>> ENUMS = byName(Outcome.class, Compliance.class, LabelDecision.class, Theme.class,
            PreviousActionPlan.class, Membership.class, Network.class, Public.class);

    /** Classes whose public static methods build what the rules insert. */
    private static final Set<String> FACTORIES = Set.of(Verdict.class.getName(), Inputs.class.getName(), Tally.class.getName(),
            CharterCompliance.class.getName(), Proposal.class.getName(), Score.class.getName(), ActionPoint.class.getName(),
            "fr.spro.label.evaluation.facts.Scores");

    /** Classes whose public static methods may be imported as functions. */
    private static final Set<String> FUNCTION_CLASSES = Set.of(Wording.class.getName(), "fr.spro.label.evaluation.facts.Figures");

    /** What a collect gathers into. */
    static final Class<?> COLLECTION = List.class;

    /** Accumulate functions of Drools that run no code of the rule file. */
    static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max", "average");

    static final String GLOBAL_NAME = Parameters.GLOBAL;
    static final Class<?> GLOBAL_TYPE = Parameters.class;
    /** The methods of the global, each taking the name of a parameter as a string literal. */
    static final Set<String> GLOBAL_METHODS = Set.of("value", "text");

    private RuleVocabulary() {
    }

    private static Map<String, Class<?>> byName(Class<?>... types) {
        Map<String, Class<?>> map = new LinkedHashMap<>();
        Arrays.stream(types).forEach(t -> map.put(t.getName(), t));
        return map;
    }

    /** The class of a fully qualified name that a rule file may import, if it may. */
    static Optional<Class<?>> importable(String qualifiedName) {
        if (qualifiedName.equals(COLLECTION.getName())) {
            return Optional.of(COLLECTION);
        }
        return fact(qualifiedName).or(() -> Optional.ofNullable(ENUMS.get(qualifiedName)))
                .or(() -> FACTORIES.contains(qualifiedName) ? load(qualifiedName) : Optional.empty());
    }

    static Optional<Class<?>> fact(String qualifiedName) {
        Class<?> known = FACTS.get(qualifiedName);
        if (known != null) {
            return Optional.of(known);
        }
        return OPTIONAL_FACTS.contains(qualifiedName) ? load(qualifiedName) : Optional.empty();
    }

    static boolean isFact(Class<?> type) {
        return type != null && fact(type.getName()).isPresent();
    }

    static boolean isFactory(Class<?> type) {
        return type != null && FACTORIES.contains(type.getName());
    }

    static boolean isEnum(Class<?> type) {
        return type != null && ENUMS.containsKey(type.getName());
    }

    static boolean isFunctionClass(String qualifiedName) {
        return FUNCTION_CLASSES.contains(qualifiedName);
    }

    /**
     * The zero-argument accessor a rule reads as {@code name} or calls as {@code name()} on a fact:
     * declared by the fact type itself (so never {@code getClass}, {@code hashCode} or anything of
     * {@code Object}), public, not static, returning a value.
     */
    static Optional<Method> accessor(Class<?> factType, String name) {
        for (String candidate : List.of(name, "get" + capitalised(name), "is" + capitalised(name))) {
            try {
                Method method = factType.getDeclaredMethod(candidate);
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && method.getReturnType() != void.class && !List.of("toString", "hashCode").contains(candidate)) {
                    return Optional.of(method);
                }
            } catch (NoSuchMethodException absent) {
                // try the next spelling
            }
        }
        return Optional.empty();
    }

    /** A public static method of a factory or function class with this name, if there is one. */
    static Optional<Method> staticMethod(Class<?> type, String name) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.getName().equals(name) && Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
                .findFirst();
    }

    /** A public static final constant of an allowed class whose value is a plain value (a string, a number, an enum). */
    static Optional<Field> constant(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            int modifiers = field.getModifiers();
            boolean plain = field.getType().isPrimitive() || field.getType() == String.class || field.getType().isEnum();
            return Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && plain
                    ? Optional.of(field) : Optional.empty();
        } catch (NoSuchFieldException absent) {
            return Optional.empty();
        }
    }

    static Optional<Class<?>> load(String qualifiedName) {
        try {
            return Optional.of(Class.forName(qualifiedName, false, RuleVocabulary.class.getClassLoader()));
        } catch (ClassNotFoundException absent) {
            return Optional.empty();
        }
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
