package fr.spro.label.structurespace;

import java.util.List;
import java.util.Map;

import fr.spro.label.assessment.Campaign;
import fr.spro.label.structure.MemberStructure;

/**
 * The activity report page: the figures (as stored, or as typed when some were refused), the
 * message of each refused figure, and the report of a file just uploaded.
 *
 * @param closed  why the report can no longer change ({@code CAMPAIGN_CLOSED}, {@code DECIDED}), or {@code null}
 * @param errors  by field id
 * @param general messages that concern no single figure
 * @param upload  the outcome of the file just uploaded, or {@code null}
 */
public record ActivityPage(
        MemberStructure structure,
        Campaign campaign,
        boolean reported,
        String closed,
        List<ActivityFigures.Group> groups,
        Map<String, String> figures,
        Map<String, AssessmentPage.Message> errors,
        List<String> general,
        Upload upload) {

    public String fieldId(String column) {
        return ActivityFigures.fieldId(column);
    }

    public String kind(String column) {
        return groups.stream().flatMap(g -> g.figures().stream()).filter(f -> f.column().equals(column))
                .map(f -> f.kind().name()).findFirst().orElse("INTEGER");
    }

    /** The messages in form order, for the error summary. */
    public List<AssessmentPage.Message> problems() {
        return ActivityFigures.COLUMNS.stream().map(c -> errors.get(ActivityFigures.fieldId(c))).filter(m -> m != null).toList();
    }

    /** A file's import report as the page lists it. */
    public record Upload(String file, int accepted, int rejected, boolean fileRejected, List<Line> lines) {
    }

    /** One rejection: line, column, value and the sentence in the reader's language. */
    public record Line(int line, String column, String value, String code, String text) {
    }
}
