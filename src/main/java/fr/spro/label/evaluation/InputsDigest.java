package fr.spro.label.evaluation;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.spro.label.evaluation.facts.Case;

/**
 * A stable digest (SHA-256) of everything an evaluation reads: the facts the rules see (structure
 * fields, campaign, answers with their evidence, activity figures, label state), the evidence
 * shown in the findings, and the rule set (version and content). Two evaluations with the same
 * digest say the same thing, so a re-run can tell "unchanged" without comparing findings.
 */
final class InputsDigest {

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 est fourni par toute JVM", e);
        }
    });

    /** The component accessors of each fact record, as {@code Object -> Object} handles. */
    private static final ClassValue<List<MethodHandle>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<MethodHandle> computeValue(Class<?> type) {
            List<MethodHandle> accessors = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    accessors.add(MethodHandles.publicLookup().unreflect(component.getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class)));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("fait illisible : " + type.getName(), e);
                }
            }
            return List.copyOf(accessors);
        }
    };

    private InputsDigest() {
    }

    static String of(EvaluationRequest request, RuleSet ruleSet) {
        return of(EvaluationFacts.of(request), ruleSet.version(), ruleSet.fingerprint());
    }

    static String of(EvaluationFacts facts, String version, String fingerprint) {
        Case subject = facts.subject();
        StringBuilder canonical = new StringBuilder(1024).append(version).append('|').append(fingerprint);
        for (Record fact : new Record[] {subject.s(), subject.q(), subject.a(), subject.campaign(), subject.label()}) {
            append(canonical, fact);
        }
        canonical.append("|evidence=").append(new TreeMap<>(facts.evidenceLabels()));
        return sha256(canonical.toString());
    }

    /**
     * Every component of a fact, in declaration order, with the text of its value (the facts keep
     * their sets sorted). Not the record's own toString: on Java 17 it goes through String.format,
     * which made the digest a tenth of an evaluation.
     */
    private static void append(StringBuilder canonical, Record fact) {
        canonical.append('|');
        for (MethodHandle accessor : ACCESSORS.get(fact.getClass())) {
            try {
                canonical.append(';').append((Object) accessor.invokeExact((Object) fact));
            } catch (Throwable unexpected) {
                throw new IllegalStateException("fait illisible : " + fact.getClass().getName(), unexpected);
            }
        }
    }

    static String sha256(String text) {
        MessageDigest digest = SHA_256.get();
        digest.reset();
        return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The fingerprint of a rule set's files: their names and contents, in name order. */
    static String fingerprint(Map<String, String> files) {
        StringBuilder all = new StringBuilder();
        new TreeMap<>(files).forEach((name, content) -> all.append(name).append('\u0000').append(content).append('\u0000'));
        return sha256(all.toString());
    }
}
