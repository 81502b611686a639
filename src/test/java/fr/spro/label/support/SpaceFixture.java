package fr.spro.label.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.spro.label.assessment.Answer;
import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.CampaignStatus;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.assessment.EvidenceRef;
import fr.spro.label.evaluation.ActionItem;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.Finding;
import fr.spro.label.referential.Compliance;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.Outcome;
import fr.spro.label.referential.Question;
import fr.spro.label.security.Role;
import fr.spro.label.security.UserAccounts;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Structures;
import fr.spro.label.structure.Territory;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What the structure space needs for a test: the campaign it fills in (open, far enough in the
 * future to be the latest open one), a member structure and its STRUCTURE account, answers.
 */
public final class SpaceFixture {

    /** The campaign the structure-space tests fill in. */
    public static final String CAMPAIGN = "2040";
    /** The five questions whose "yes" needs evidence in referential 2025.1. */
    public static final List<String> EVIDENCED = List.of("accessibility_register", "anti_discrimination_training",
            "confidentiality_rules", "referral_procedure", "spro_identity_displayed");

    private SpaceFixture() {
    }

    /** Campaign {@link #CAMPAIGN}, created when missing and open. */
    public static Campaign openCampaign(Campaigns campaigns) {
        Campaign campaign = campaigns.ensure(Integer.parseInt(CAMPAIGN));
        return campaign.isOpen() ? campaign : campaigns.save(campaign.withStatus(CampaignStatus.OPEN));
    }

    /** A member Mission locale of Dijon - Beaune (idempotent), with a STRUCTURE account bound to it. */
    public static MemberStructure structureWithAccount(Structures structures, UserAccounts accounts, PasswordEncoder encoder,
                                                       String structureId, String username) {
        MemberStructure structure = structures.save(StructureFixture.member(structureId, "Mission locale " + structureId, "21000",
                "Dijon", Territory.DIJON_BEAUNE, Network.MISSION_LOCALE));
        AccountFixture.create(accounts, encoder, username, Role.STRUCTURE, structureId);
        return structure;
    }

    /** Every question answered: "yes" (with an https link where evidence is needed), the previous plan done. */
    public static Map<String, Answer> allAnswered() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question question : Question.values()) {
            String code = question.code();
            String value = question.isBoolean() ? "true" : "DONE";
            List<EvidenceRef> evidence = EVIDENCED.contains(code)
                    ? List.of(EvidenceRef.link("https://www.exemple.fr/justificatifs/" + code + ".pdf")) : List.of();
            answers.put(code, new Answer(value, null, evidence));
        }
        return answers;
    }

    /** {@link #allAnswered()} without these questions. */
    public static Map<String, Answer> allAnsweredBut(String... unanswered) {
        Map<String, Answer> answers = allAnswered();
        for (String code : unanswered) {
            answers.remove(code);
        }
        return answers;
    }

    /**
     * An evaluation as the rules make it for a structure with two minor findings (NET-01, QUA-01):
     * partly compliant, label proposed under conditions, one action-plan item per minor finding.
     */
    public static Evaluation underConditions(String structureId, String campaign) {
        List<Finding> findings = List.of(
                new Finding("ACC-01", "ACC", Outcome.CONFORME, "Services gratuits pour toute personne", Map.of("free_of_charge", true), List.of()),
                new Finding("ACC-02", "ACC", Outcome.CONFORME, "Locaux accessibles, registre public d'accessibilité tenu",
                        Map.of("premises_accessible", true), List.of("registre.pdf")),
                new Finding("NET-01", "NET", Outcome.NC_MINEURE,
                        "Participation à 2 réunions territoriales sur 4 (50 %) : seuil de conformité 75 %",
                        Map.of("territorial_meetings_attended", 2, "territorial_meetings_held", 4), List.of()),
                new Finding("QUA-01", "QUA", Outcome.NC_MINEURE, "Échantillon insuffisant : 6 répondants pour 10 au moins",
                        Map.of("satisfaction_respondents", 6), List.of()),
                new Finding("ECO-01", "ECO", Outcome.NON_APPLICABLE, "Critère non applicable aux membres associés", Map.of(), List.of()));
        List<ActionItem> plan = List.of(
                new ActionItem("NET-01", "Participer à au moins 3 réunions territoriales sur 4", null, null, null, null),
                new ActionItem("QUA-01", "Recueillir l'avis d'au moins 10 usagers", null, null, null, null));
        return new Evaluation(Evaluation.idOf(structureId, campaign), structureId, campaign, "2025.1", Compliance.PARTIELLEMENT_CONFORME,
                LabelDecision.LABELLISE_SOUS_CONDITIONS, Map.of("ACC", 100.0, "NET", 50.0, "QUA", 50.0, "overall", 75.0), findings, plan,
                Instant.parse(campaign + "-11-15T10:00:00Z"), false, "fixture");
    }
}
