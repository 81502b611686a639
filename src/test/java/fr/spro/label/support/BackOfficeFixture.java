package fr.spro.label.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.spro.label.assessment.Answer;
import fr.spro.label.assessment.AssessmentStatus;
import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.CampaignStatus;
import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.evaluation.ActionItem;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.Finding;
import fr.spro.label.journal.JournalEntry;
import fr.spro.label.referential.Compliance;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.Outcome;
import fr.spro.label.registry.RegistryEntry;
import fr.spro.label.review.Decision;
import fr.spro.label.structure.MemberStructure;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A campaign's state as the back office sees it, written straight into the store: campaigns,
 * self-assessments at each step, evaluations with findings and action plans, decisions.
 */
public final class BackOfficeFixture {

    private BackOfficeFixture() {
    }

    /** Empties what the back office reads, so each test counts only what it wrote. */
    public static void reset(MongoTemplate mongo) {
        for (Class<?> type : List.of(MemberStructure.class, Campaign.class, SelfAssessment.class, Evaluation.class,
                Decision.class, JournalEntry.class)) {
            mongo.remove(new Query(), type);
        }
        mongo.remove(new Query(), RegistryEntry.class);
    }

    public static Campaign campaign(int year, CampaignStatus status) {
        return new Campaign(String.valueOf(year), year, LocalDate.of(year, 12, 31), LocalDate.of(year, 10, 31), status,
                Instant.parse(year + "-01-02T08:00:00Z"));
    }

    public static SelfAssessment draft(String structureId, String campaign, Instant updatedAt) {
        return new SelfAssessment(SelfAssessment.idOf(structureId, campaign), structureId, campaign, AssessmentStatus.DRAFT,
                answers(), null, updatedAt);
    }

    public static SelfAssessment submitted(String structureId, String campaign, Instant submittedAt) {
        return new SelfAssessment(SelfAssessment.idOf(structureId, campaign), structureId, campaign,
                AssessmentStatus.SUBMITTED, answers(), submittedAt, submittedAt);
    }

    private static Map<String, Answer> answers() {
        return Map.of("free_of_charge", new Answer("true", null, List.of()),
                "remote_channel", new Answer("false", "pas encore", List.of()));
    }

    /** An evaluation proposing {@code proposal}, with two findings (ACC-01 conforme, NET-01 minor). */
    public static Evaluation evaluation(String structureId, String campaign, LabelDecision proposal, Instant evaluatedAt,
                                        List<ActionItem> actionPlan) {
        List<Finding> findings = List.of(
                new Finding("ACC-01", "ACC", Outcome.CONFORME, "Services gratuits pour toute personne",
                        Map.of("free_of_charge", true), List.of()),
                new Finding("NET-01", "NET", Outcome.NC_MINEURE,
                        "Participation à 2 réunions territoriales sur 4 (50 %) : seuil de conformité 75 %",
                        Map.of("territorial_meetings_attended", 2, "territorial_meetings_held", 4), List.of("compte-rendu.pdf")));
        return new Evaluation(Evaluation.idOf(structureId, campaign), structureId, campaign, "2025.1",
                Compliance.PARTIELLEMENT_CONFORME, proposal, Map.of("NET", 50.0, "overall", 91.7), findings, actionPlan,
                evaluatedAt, false, "digest-" + structureId);
    }

    public static ActionItem openItem(String criterion, LocalDate dueOn) {
        return new ActionItem(criterion, "Lever la non-conformité mineure : " + criterion, dueOn, ActionItem.ActionStatus.OPEN,
                null, null);
    }

    public static ActionItem answeredItem(String criterion, LocalDate dueOn, String response) {
        return new ActionItem(criterion, "Lever la non-conformité mineure : " + criterion, dueOn, ActionItem.ActionStatus.OPEN,
                response, null);
    }

    public static ActionItem doneItem(String criterion, LocalDate dueOn) {
        return new ActionItem(criterion, "Lever la non-conformité mineure : " + criterion, dueOn, ActionItem.ActionStatus.DONE,
                "Fait", null);
    }
}
