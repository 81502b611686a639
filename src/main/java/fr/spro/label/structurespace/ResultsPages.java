package fr.spro.label.structurespace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.spro.label.evaluation.ActionItem;
import fr.spro.label.evaluation.ActiveReferential;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.EvaluationStore;
import fr.spro.label.evaluation.Finding;
import fr.spro.label.referential.Catalogue;
import fr.spro.label.referential.Criterion;
import fr.spro.label.referential.Theme;
import fr.spro.label.review.Decision;
import fr.spro.label.review.DecisionQueries;
import fr.spro.label.structure.MemberStructure;
import org.springframework.stereotype.Component;

/** Builds the {@link ResultsPage} of one of the structure's campaigns. */
@Component
class ResultsPages {

    private final EvaluationStore evaluations;
    private final DecisionQueries decisions;
    private final ActiveReferential referential;
    private final ActionPlansInForce actionPlans;
    private final Clock clock;

    ResultsPages(EvaluationStore evaluations, DecisionQueries decisions, ActiveReferential referential, ActionPlansInForce actionPlans,
                 Clock clock) {
        this.evaluations = evaluations;
        this.decisions = decisions;
        this.referential = referential;
        this.actionPlans = actionPlans;
        this.clock = clock;
    }

    /** The campaigns the structure has results for, newest first. */
    List<String> campaigns(String structureId) {
        return evaluations.campaignsOf(structureId).stream().sorted(Comparator.reverseOrder()).toList();
    }

    /**
     * @param typed  what was posted for one action item whose answer was refused, or {@code null}
     * @param errors the messages for that item's fields
     */
    ResultsPage page(MemberStructure structure, String campaign, String typedFor, ActionAnswerForm typed,
                     Map<String, AssessmentPage.Message> errors, Locale locale) {
        List<String> campaigns = campaigns(structure.id());
        Evaluation evaluation = evaluations.find(structure.id(), campaign).orElse(null);
        if (evaluation == null) {
            return new ResultsPage(structure, campaigns, campaign, null, null, List.of(), null, false, List.of());
        }
        Decision decision = decisions.find(structure.id(), campaign).orElse(null);
        boolean inForce = actionPlans.inForce(structure.id(), campaign);
        LocalDate today = SpaceDates.today(clock);
        List<ResultsPage.ActionLine> actions = new ArrayList<>();
        if (inForce) {
            for (ActionItem item : evaluation.actionPlan()) {
                boolean typedHere = typed != null && item.criterion().equals(typedFor);
                actions.add(new ResultsPage.ActionLine(item, actionPlans.title(item.criterion(), locale), item.isOverdueOn(today),
                        typedHere ? typed.response() : item.response(), typedHere ? typed.link() : null,
                        typedHere ? errors : Map.of()));
            }
        }
        return new ResultsPage(structure, campaigns, campaign, evaluation, decision, themes(evaluation, locale),
                evaluation.scores().get("overall"), inForce, actions);
    }

    private List<ResultsPage.ThemeFindings> themes(Evaluation evaluation, Locale locale) {
        Catalogue catalogue = referential.catalogue();
        List<ResultsPage.ThemeFindings> themes = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            List<ResultsPage.FindingLine> lines = evaluation.findings().stream()
                    .filter(finding -> themeOf(finding) == theme)
                    .map(finding -> new ResultsPage.FindingLine(finding.criterion(),
                            catalogue.criterion(finding.criterion()).map((Criterion c) -> c.title(locale)).orElse(finding.criterion()),
                            finding.outcome(), finding.explanation(), finding.evidence()))
                    .toList();
            if (!lines.isEmpty()) {
                themes.add(new ResultsPage.ThemeFindings(theme, evaluation.scores().get(theme.name()), lines));
            }
        }
        return themes;
    }

    private static Theme themeOf(Finding finding) {
        return finding.theme() == null || finding.theme().isBlank() ? Theme.ofCriterion(finding.criterion()) : Theme.valueOf(finding.theme());
    }
}
