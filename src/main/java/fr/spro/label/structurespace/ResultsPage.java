package fr.spro.label.structurespace;

import java.util.List;
import java.util.Map;

import fr.spro.label.evaluation.ActionItem;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.referential.Outcome;
import fr.spro.label.referential.Theme;
import fr.spro.label.review.Decision;
import fr.spro.label.structure.MemberStructure;

/**
 * A campaign's results as the structure reads them: every finding with its explanation, the
 * proposal, the decision once taken, the documents, and the action plan when it is in force.
 *
 * @param campaigns  the campaigns with an evaluation, newest first
 * @param evaluation {@code null} when the campaign asked for has none
 * @param decision   {@code null} while the decision is pending
 */
public record ResultsPage(
        MemberStructure structure,
        List<String> campaigns,
        String campaign,
        Evaluation evaluation,
        Decision decision,
        List<ThemeFindings> themes,
        Double overall,
        boolean actionPlanInForce,
        List<ActionLine> actions) {

    /** The day of the evaluation, on the Region's time. */
    public java.time.LocalDate evaluatedOn() {
        return evaluation == null ? null : SpaceDates.day(evaluation.evaluatedAt());
    }

    /** A certificate exists once a decision grants the label. */
    public boolean certificate() {
        return decision != null && decision.decision().grantsLabel();
    }

    public boolean hasProblems() {
        return actions.stream().anyMatch(a -> !a.errors().isEmpty());
    }

    public List<AssessmentPage.Message> problems() {
        return actions.stream().flatMap(a -> a.errors().values().stream()).toList();
    }

    public record ThemeFindings(Theme theme, Double score, List<FindingLine> findings) {
    }

    public record FindingLine(String criterion, String title, Outcome outcome, String explanation, List<String> evidence) {
    }

    /**
     * One action-plan item with its form: what was typed when the answer was refused, and the
     * message of each field at fault (ids {@code action-<criterion>-response|file|link}).
     */
    public record ActionLine(ActionItem item, String title, boolean overdue, String response, String link,
                             Map<String, AssessmentPage.Message> errors) {

        public String fieldId(String field) {
            return ResultsController.actionField(item.criterion(), field);
        }

        public AssessmentPage.Message error(String field) {
            return errors.get(fieldId(field));
        }
    }
}
