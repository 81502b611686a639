package fr.spro.label.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.spro.label.assessment.Answer;
import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.CampaignStatus;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.assessment.EvidenceRef;
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
}
