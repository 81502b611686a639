package fr.spro.label.structurespace;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.spro.label.assessment.Campaign;
import fr.spro.label.referential.Theme;
import fr.spro.label.structure.MemberStructure;

/**
 * The self-assessment as its pages show it: theme by theme, each criterion with its title and help
 * text in the reader's language and its questions, each question with its answer, comment,
 * evidence and the messages of its fields.
 *
 * @param status   {@code NOT_STARTED}, {@code DRAFT} or {@code SUBMITTED}
 * @param problems every field problem, in page order, for the error summary
 */
public record AssessmentPage(
        MemberStructure structure,
        Campaign campaign,
        String status,
        LocalDate submittedOn,
        LocalDate updatedOn,
        int answered,
        int total,
        List<ThemeSection> themes,
        List<Message> problems) {

    public boolean locked() {
        return "SUBMITTED".equals(status);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** A message for one field, resolved in the reader's language. */
    public record Message(String fieldId, String errorId, String text) {
    }

    public record ThemeSection(Theme theme, List<CriterionSection> criteria) {
    }

    public record CriterionSection(String id, String title, String help, List<QuestionItem> questions) {
    }

    /**
     * @param choices          the answer values offered: {@code true}, {@code false}, or the follow-ups of the previous plan
     * @param evidenceExpected a "yes" needs evidence to be conforme (else "à justifier")
     * @param errors           by field id (answer, comment, link, file)
     */
    public record QuestionItem(String code, List<String> choices, String value, String comment, String link,
                               List<EvidenceItem> evidence, boolean evidenceExpected, Map<String, Message> errors) {

        public boolean yesNo() {
            return choices.size() == 2;
        }

        public Message error(String fieldId) {
            return errors.get(fieldId);
        }

        public boolean missingEvidence() {
            return evidenceExpected && "true".equals(value) && evidence.isEmpty();
        }
    }

    /** A stored piece of evidence: {@code href} is the link itself or the download of the file. */
    public record EvidenceItem(int index, String label, String href, boolean link) {
    }
}
