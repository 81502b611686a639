package fr.spro.label.evaluation;

import java.util.Map;
import java.util.Optional;

/**
 * Where the rule set an officer activated last is kept (file name to content), so that the
 * {@link RuleEngine} of a restarted or another instance starts with it rather than with the
 * bundled rules. Implemented outside this module (the rule-set pages keep it in MongoDB); none
 * means the bundled rules, or {@code --rules-dir}, are in force at start-up.
 */
public interface ActivatedRuleSets {

    /** The files of the rule set activated last, if an officer ever activated one. */
    Optional<Map<String, String>> lastActivated();

    /** The fingerprint of the rule set activated last: a small read, made before each job, what-if or check. */
    Optional<String> lastFingerprint();
}
