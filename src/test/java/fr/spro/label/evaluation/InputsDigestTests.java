package fr.spro.label.evaluation;

import static fr.spro.label.support.RuleFixtures.aConformingMember;
import static fr.spro.label.support.RuleFixtures.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import fr.spro.label.assessment.EvidenceRef;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Public;
import fr.spro.label.support.RequestBuilder;
import fr.spro.label.support.RuleFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The digest tells a re-run whether anything the evaluation read has changed. */
class InputsDigestTests {

    private static String digest(RequestBuilder request) {
        return evaluate(request).inputsDigest();
    }

    @Test
    void theSameInputsGiveTheSameDigestWhateverTheOrderOfSetsOrTheTime() {
        String first = digest(aConformingMember().publics(Public.YOUTH_16_30, Public.ADULTS));
        String reordered = digest(aConformingMember().publics(Public.ADULTS, Public.YOUTH_16_30));
        Clock later = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneId.of("Europe/Paris"));
        RuleEngine engineLater = RuleEngine.fromDirectory(Path.of("rules"), later);
        String evaluatedLater = engineLater.evaluate(aConformingMember().publics(Public.YOUTH_16_30, Public.ADULTS).build()).inputsDigest();
        assertThat(reordered).isEqualTo(first);
        assertThat(evaluatedLater).isEqualTo(first);
    }

    @ParameterizedTest(name = "changer {0} change l'empreinte")
    @ValueSource(strings = {"answer", "evidence presence", "evidence file", "figure", "membership", "charter", "label", "publics"})
    void anyInputTheRulesReadChangesTheDigest(String change) {
        UnaryOperator<RequestBuilder> changed = switch (change) {
            case "answer" -> r -> r.answer("remote_channel", false);
            case "evidence presence" -> r -> r.withoutEvidence("accessibility_register");
            case "evidence file" -> r -> r.withEvidence("accessibility_register", EvidenceRef.link("https://exemple.fr/registre"));
            case "figure" -> r -> r.figure("opening_hours_per_week", 34.5);
            case "membership" -> r -> r.membership(Membership.ASSOCIATED);
            case "charter" -> r -> r.charterSignedOn(LocalDate.of(2023, 3, 16));
            case "label" -> r -> r.labelledUntil(LocalDate.of(2027, 6, 30));
            default -> r -> r.publics(Public.YOUTH_16_30);
        };
        assertThat(digest(changed.apply(aConformingMember()))).isNotEqualTo(digest(aConformingMember()));
    }

    @Test
    void aFigureTheReferentialDoesNotUseLeavesTheDigestAlone() {
        assertThat(digest(aConformingMember().figure("people_received", 12))).isEqualTo(digest(aConformingMember()));
    }

    @Test
    void anotherRuleSetGivesAnotherDigest() {
        var files = new TreeMap<>(RuleFiles.fromDirectory(Path.of("rules")));
        files.put("eco.drl", files.get("eco.drl") + "\n// commentaire\n");
        RuleSet other = RuleSetCompiler.compile(files, RuleFixtures.CLOCK);
        assertThat(other.evaluate(aConformingMember().build()).inputsDigest()).isNotEqualTo(digest(aConformingMember()));
    }
}
