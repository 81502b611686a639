package fr.spro.label.backoffice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.assessment.SelfAssessmentQueries;
import fr.spro.label.evaluation.ActionItem;
import fr.spro.label.evaluation.ActiveReferential;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.EvaluationStore;
import fr.spro.label.evaluation.Finding;
import fr.spro.label.referential.Catalogue;
import fr.spro.label.review.CurrentEvaluations;
import fr.spro.label.review.Decision;
import fr.spro.label.review.DecisionQueries;
import fr.spro.label.structure.Directory;
import fr.spro.label.structure.MemberStructure;
import org.springframework.stereotype.Service;

/** Reads one evaluation with all it takes to review it. */
@Service
class EvaluationDetails {

    private final EvaluationStore evaluations;
    private final Directory directory;
    private final Campaigns campaigns;
    private final DecisionQueries decisions;
    private final SelfAssessmentQueries assessments;
    private final ActiveReferential referential;
    private final CurrentEvaluations current;
    private final Clock clock;

    EvaluationDetails(EvaluationStore evaluations, Directory directory, Campaigns campaigns, DecisionQueries decisions,
                      SelfAssessmentQueries assessments, ActiveReferential referential, CurrentEvaluations current, Clock clock) {
        this.evaluations = evaluations;
        this.directory = directory;
        this.campaigns = campaigns;
        this.decisions = decisions;
        this.assessments = assessments;
        this.referential = referential;
        this.current = current;
        this.clock = clock;
    }

    /** Empty when the campaign, the structure or its evaluation does not exist. */
    Optional<EvaluationDetail> find(String campaign, String structureId, Locale locale) {
        Optional<Evaluation> evaluation = evaluations.find(structureId, campaign);
        Optional<MemberStructure> structure = directory.find(structureId);
        Optional<Campaign> theCampaign = campaigns.find(campaign);
        if (evaluation.isEmpty() || structure.isEmpty() || theCampaign.isEmpty()) {
            return Optional.empty();
        }
        Catalogue catalogue = referential.catalogue();
        LocalDate today = LocalDate.now(clock);
        List<FindingRow> findings = evaluation.get().findings().stream().map(f -> row(f, catalogue, locale)).toList();
        List<ActionItemRow> plan = evaluation.get().actionPlan().stream()
                .map(item -> actionRow(structure.get(), campaign, item, today)).toList();
        SelfAssessment assessment = assessments.find(structureId, campaign).orElse(null);
        Decision decision = decisions.find(structureId, campaign).orElse(null);
        return Optional.of(new EvaluationDetail(structure.get(), theCampaign.get(), evaluation.get(), decision, assessment,
                findings, plan, current.whyStale(evaluation.get()).orElse(null)));
    }

    static ActionItemRow actionRow(MemberStructure structure, String campaign, ActionItem item, LocalDate today) {
        FollowUp followUp = FollowUp.of(item, today);
        long late = followUp == FollowUp.OVERDUE ? ChronoUnit.DAYS.between(item.dueOn(), today) : 0;
        return new ActionItemRow(structure, campaign, item, followUp, late);
    }

    private static FindingRow row(Finding finding, Catalogue catalogue, Locale locale) {
        String title = catalogue.criterion(finding.criterion()).map(c -> c.title(locale)).orElse(finding.criterion());
        return new FindingRow(finding.criterion(), title, finding.outcome(), finding.explanation(), finding.inputs(),
                finding.evidence());
    }
}
