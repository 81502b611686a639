package fr.spro.label.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

    private InputsDigest() {
    }

    static String of(EvaluationRequest request, RuleSet ruleSet) {
        return of(EvaluationFacts.of(request), ruleSet.version(), ruleSet.fingerprint());
    }

    static String of(EvaluationFacts facts, String version, String fingerprint) {
        Case subject = facts.subject();
        // The records' own text: every component by name, sets sorted by the facts themselves.
        String canonical = version + '|' + fingerprint + '|' + subject.s() + '|' + subject.q() + '|' + subject.a()
                + '|' + subject.campaign() + '|' + subject.label() + "|evidence=" + new TreeMap<>(facts.evidenceLabels());
        return sha256(canonical);
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
