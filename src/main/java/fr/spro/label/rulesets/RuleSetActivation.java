package fr.spro.label.rulesets;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One activation of a rule set by an officer, with the rule set's files: the latest one is the
 * rule set in force, which the rule engine of every instance loads at start-up. Only ever appended,
 * so the list is also the history of the rules in force.
 */
@Document("rule_set_activations")
record RuleSetActivation(@Id String id, String version, String fingerprint, List<RuleFile> files, String activatedBy,
                         @Indexed Instant activatedAt, String previousVersion, String previousFingerprint) {

    RuleSetActivation {
        files = files == null ? List.of() : List.copyOf(files);
    }

    Map<String, String> filesByName() {
        Map<String, String> byName = new LinkedHashMap<>();
        files.forEach(file -> byName.put(file.name(), file.content()));
        return byName;
    }

    public String shortFingerprint() {
        return RuleSets.shortFingerprint(fingerprint);
    }

    public String shortPreviousFingerprint() {
        return RuleSets.shortFingerprint(previousFingerprint);
    }
}
