package fr.spro.label.rulesets;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A rule set uploaded by an officer, compiled and checked, kept until it is activated or
 * discarded. Its files are complete (the catalogue files of the set in force fill in what the
 * upload lacked), so it compiles the same way whatever is activated in between.
 *
 * @param source what was uploaded, e.g. {@code regles-2025.2.zip} or {@code 3 fichiers}
 */
@Document("rule_set_drafts")
record RuleSetDraft(@Id String id, String version, String fingerprint, int criteria, int rules, List<RuleFile> files,
                    String uploadedBy, Instant uploadedAt, String source) {

    RuleSetDraft {
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
}
