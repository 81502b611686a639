package fr.spro.label.rulesets;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A rule set uploaded by an administrator, or prepared by an officer on the parameters page,
 * compiled and checked, kept until it is activated or discarded. Its files are complete (the
 * catalogue files of the set in force fill in what the upload lacked), so it compiles the same way
 * whatever is activated in between.
 *
 * @param source what was uploaded, e.g. {@code regles-2025.2.zip} or {@code 3 fichiers}, or
 *               {@link #FROM_PARAMETERS} for a draft prepared on the parameters page
 */
@Document("rule_set_drafts")
record RuleSetDraft(@Id String id, String version, String fingerprint, int criteria, int rules, List<RuleFile> files,
                    String uploadedBy, Instant uploadedAt, String source) {

    /** The source of a draft prepared on the parameters page (no upload is named so: it has no extension). */
    static final String FROM_PARAMETERS = "page-parametres";

    RuleSetDraft {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** Prepared on the parameters page: the rule set in force with other parameter values. */
    public boolean fromParameters() {
        return FROM_PARAMETERS.equals(source);
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
