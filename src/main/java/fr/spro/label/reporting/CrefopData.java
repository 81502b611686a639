package fr.spro.label.reporting;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import fr.spro.label.activity.ActivityReport;
import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.audit.Decision;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.structure.Structures;
import org.springframework.beans.factory.annotation.Value;
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

    private final MongoTemplate mongo;
    private final Campaigns campaigns;
    private final Structures structures;
    private final Path rulesDir;

    CrefopData(MongoTemplate mongo, Campaigns campaigns, Structures structures, @Value("${rules-dir:}") String rulesDir) {
        this.mongo = mongo;
        this.campaigns = campaigns;
        this.structures = structures;
        this.rulesDir = rulesDir == null || rulesDir.isBlank() ? null : Path.of(rulesDir);
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
        Query evaluationsOfCampaign = Query.query(Criteria.where("campaign").is(campaign.id()));
        evaluationsOfCampaign.fields().exclude("findings").exclude("actionPlan");
        List<Evaluation> evaluations = mongo.find(evaluationsOfCampaign, Evaluation.class);
        // Campaigns are 4-digit years, so their ids compare as their years do.
        List<Decision> decisions = mongo.find(Query.query(Criteria.where("campaign").lte(campaign.id())), Decision.class);
        List<ActivityReport> activity = mongo.find(Query.query(Criteria.where("campaign").is(campaign.id())), ActivityReport.class);
        return new CrefopFigures.Inputs(campaign.id(), campaign.referenceDate(), structures.findAll(), evaluations, decisions, activity);
    }

    /** The rule-set versions of the campaign's evaluations ("2025.1"), usually one. */
    static String ruleSetVersions(CrefopFigures.Inputs inputs) {
        TreeSet<String> versions = new TreeSet<>();
        inputs.evaluations().stream().map(Evaluation::ruleSetVersion).filter(Objects::nonNull).forEach(versions::add);
        return versions.isEmpty() ? "—" : String.join(", ", versions);
    }

    TerritoryIndicatorRule indicatorRule() {
        return TerritoryIndicatorRule.load(rulesDir);
    }
}
