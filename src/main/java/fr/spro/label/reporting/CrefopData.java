package fr.spro.label.reporting;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import fr.spro.label.activity.ActivityReport;
import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.audit.Decision;
import fr.spro.label.evaluation.ActiveReferential;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.EvaluationStore;
import fr.spro.label.structure.MemberStructure;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads what the CREFOP report is computed from. Evaluations are read without their findings and
 * action plans: the report needs compliance, scores and the structure, and a campaign may hold tens
 * of thousands of evaluations.
 */
@Component
class CrefopData {

    private static final int BATCH = 2_000;

    private final MongoTemplate mongo;
    private final Campaigns campaigns;
    private final ActiveReferential referential;
    private final EvaluationStore evaluationStore;

    CrefopData(MongoTemplate mongo, Campaigns campaigns, ActiveReferential referential,
               EvaluationStore evaluationStore) {
        this.evaluationStore = evaluationStore;
        this.mongo = mongo;
        this.campaigns = campaigns;
        this.referential = referential;
    }

    Campaign campaign(String campaign) {
        return campaigns.find(campaign).orElseThrow(() -> ReportUnavailable.campaign(campaign));
    }

    /** The campaign of the year before, when it exists, for the comparison. */
    Optional<Campaign> previous(Campaign campaign) {
        return campaigns.find(String.valueOf(campaign.year() - 1));
    }

    /** The campaigns up to this one included, oldest first. */
    List<Campaign> campaignsUpTo(Campaign campaign) {
        return campaigns.all().stream().filter(c -> c.year() <= campaign.year()).toList();
    }

    CrefopFigures.Inputs inputs(Campaign campaign) {
        List<Evaluation> evaluations = evaluationStore.summaries(campaign.id());
        // Campaigns are 4-digit years, so their ids compare as their years do.
        // Every read in bounded batches: one answer over 48 MB is refused by the embedded store.
        List<Decision> decisions = all(Query.query(Criteria.where("campaign").lte(campaign.id())), Decision.class);
        List<ActivityReport> activity = all(Query.query(Criteria.where("campaign").is(campaign.id())), ActivityReport.class);
        return new CrefopFigures.Inputs(campaign.id(), campaign.referenceDate(), all(new Query(), MemberStructure.class),
                evaluations, decisions, activity);
    }

    private <T> List<T> all(Query query, Class<T> type) {
        try (Stream<T> documents = mongo.stream(query.cursorBatchSize(BATCH), type)) {
            return documents.toList();
        }
    }

    /** The rule-set versions of the campaign's evaluations ("2025.1"), usually one. */
    static String ruleSetVersions(CrefopFigures.Inputs inputs) {
        TreeSet<String> versions = new TreeSet<>();
        inputs.evaluations().stream().map(Evaluation::ruleSetVersion).filter(Objects::nonNull).forEach(versions::add);
        return versions.isEmpty() ? "—" : String.join(", ", versions);
    }

    /** The territory indicator's thresholds of the rule set in force. */
    TerritoryIndicatorRule indicatorRule() {
        return TerritoryIndicatorRule.of(referential.catalogue().parameters());
    }
}
