package fr.spro.label.intake;

import static fr.spro.label.intake.schema.Checks.matches;
import static fr.spro.label.intake.schema.Checks.maxLength;
import static fr.spro.label.intake.schema.Column.list;
import static fr.spro.label.intake.schema.Column.optional;
import static fr.spro.label.intake.schema.Column.required;
import static fr.spro.label.intake.schema.FieldTypes.code;
import static fr.spro.label.intake.schema.FieldTypes.text;
import static fr.spro.label.intake.schema.FieldTypes.year;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.spro.label.assessment.Answer;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.assessment.EvidenceRef;
import fr.spro.label.assessment.EvidenceStore;
import fr.spro.label.assessment.ImportedAnswer;
import fr.spro.label.assessment.SelfAssessmentImport;
import fr.spro.label.intake.schema.Column;
import fr.spro.label.intake.schema.Problem;
import fr.spro.label.intake.schema.Row;
import fr.spro.label.intake.schema.RowCheck;
import fr.spro.label.intake.schema.Schema;
import fr.spro.label.referential.Question;
import fr.spro.label.review.DecisionQueries;
import fr.spro.label.structure.Directory;
import org.springframework.stereotype.Component;

/**
 * Self-assessment answers ({@code self-assessment}, one row per answer): merged per question
 * into the structure's self-assessment for the campaign, which becomes submitted, through the
 * assessment module's own import; a row naming an unknown structure, a campaign that was never
 * opened or a structure whose label decision is taken is rejected. Only what changes is written,
 * so importing the same answers again leaves the documents untouched, timestamps included.
 */
@Component
class SelfAssessmentImporter implements KindImporter<ImportedAnswer> {

    static final Column<String> STRUCTURE_ID = required("structure_id", text(), matches(StructureImporter.STRUCTURE_ID, RejectionCode.INVALID_ID));
    static final Column<String> CAMPAIGN = required("campaign", year());
    static final Column<String> QUESTION = required("question",
            code(Arrays.stream(Question.values()).map(Question::code).toList(), RejectionCode.UNKNOWN_QUESTION));
    static final Column<String> ANSWER = required("answer", text(), maxLength(100));
    static final Column<String> COMMENT = optional("comment", text(), maxLength(2000));
    static final Column<List<String>> EVIDENCE = list("evidence", text());

    /** The answer suits its question: yes/no, or the follow-up of the previous action plan. */
    static final RowCheck ANSWER_SUITS_QUESTION = row -> {
        Question question = question(row);
        String answer = row.get(ANSWER);
        return Answers.normalise(question, answer).isPresent() ? Optional.empty()
                : Optional.of(Problem.of(RejectionCode.WRONG_ANSWER_TYPE, ANSWER.name(), answer)
                        .with("detail", question.code()).with("expected", Answers.expected(question)));
    };

    static final Schema SCHEMA = new Schema(List.of(STRUCTURE_ID, CAMPAIGN, QUESTION, ANSWER, COMMENT, EVIDENCE),
            List.of(STRUCTURE_ID, CAMPAIGN, QUESTION), List.of(ANSWER_SUITS_QUESTION));

    private final SelfAssessmentImport assessments;
    private final Directory directory;
    private final Campaigns campaigns;
    private final DecisionQueries decisions;
    private final EvidenceStore evidenceStore;

    SelfAssessmentImporter(SelfAssessmentImport assessments, Directory directory, Campaigns campaigns, DecisionQueries decisions,
                           EvidenceStore evidenceStore) {
        this.assessments = assessments;
        this.directory = directory;
        this.campaigns = campaigns;
        this.decisions = decisions;
        this.evidenceStore = evidenceStore;
    }

    /** Questions by code, looked up for every row. */
    private static final Map<String, Question> QUESTIONS = Arrays.stream(Question.values())
            .collect(Collectors.toUnmodifiableMap(Question::code, Function.identity()));

    private static Question question(Row row) {
        return QUESTIONS.get(row.get(QUESTION));
    }

    @Override
    public ImportKind kind() {
        return ImportKind.SELF_ASSESSMENT;
    }

    @Override
    public Schema schema() {
        return SCHEMA;
    }

    @Override
    public Resolution<ImportedAnswer> resolve(List<Row> rows, EvidenceSource evidence) {
        Set<String> known = directory.knownAmong(rows.stream().map(row -> row.get(STRUCTURE_ID)).toList());
        Set<String> opened = campaigns.existing(rows.stream().map(row -> row.get(CAMPAIGN)).toList());
        Map<String, Set<String>> decidedByCampaign = decided(rows, known, opened);
        EvidenceResolver resolver = new EvidenceResolver(evidenceStore, evidence);
        List<Accepted<ImportedAnswer>> accepted = new ArrayList<>(rows.size());
        List<Rejected> rejected = new ArrayList<>();
        for (Row row : rows) {
            String structureId = row.get(STRUCTURE_ID);
            String campaign = row.get(CAMPAIGN);
            if (!known.contains(structureId)) {
                rejected.add(new Rejected(row.line(), Problem.of(RejectionCode.UNKNOWN_STRUCTURE, STRUCTURE_ID.name(), structureId)));
                continue;
            }
            if (!opened.contains(campaign)) {
                rejected.add(new Rejected(row.line(), Problem.of(RejectionCode.UNKNOWN_CAMPAIGN, CAMPAIGN.name(), campaign)));
                continue;
            }
            if (decidedByCampaign.get(campaign).contains(structureId)) {
                rejected.add(new Rejected(row.line(), Problem.of(RejectionCode.CAMPAIGN_CLOSED, CAMPAIGN.name(), campaign)
                        .with("detail", campaign + " de « " + structureId + " »")));
                continue;
            }
            List<EvidenceRef> references = new ArrayList<>();
            List<Problem> refused = new ArrayList<>();
            for (String item : Optional.ofNullable(row.get(EVIDENCE)).orElse(List.of())) {
                EvidenceResolver.Resolved outcome = resolver.resolve(item);
                if (outcome.refusal() != null) {
                    refused.add(Problem.of(outcome.refusal(), EVIDENCE.name(), item));
                } else {
                    references.add(outcome.reference());
                }
            }
            if (refused.isEmpty()) {
                accepted.add(new Accepted<>(row.line(), importedAnswer(row, references)));
            } else {
                refused.forEach(problem -> rejected.add(new Rejected(row.line(), problem)));
            }
        }
        return new Resolution<>(accepted, rejected);
    }

    /**
     * Per opened campaign, the known structures of these rows whose label decision for it is taken:
     * their answers are locked. Asked about the rows' structures only, not every decision of the campaign.
     */
    private Map<String, Set<String>> decided(List<Row> rows, Set<String> known, Set<String> opened) {
        Map<String, Set<String>> asked = new HashMap<>();
        for (Row row : rows) {
            if (known.contains(row.get(STRUCTURE_ID)) && opened.contains(row.get(CAMPAIGN))) {
                asked.computeIfAbsent(row.get(CAMPAIGN), campaign -> new HashSet<>()).add(row.get(STRUCTURE_ID));
            }
        }
        Map<String, Set<String>> decided = new HashMap<>();
        asked.forEach((campaign, structureIds) -> decided.put(campaign, decisions.decidedAmong(campaign, structureIds)));
        return decided;
    }

    private static ImportedAnswer importedAnswer(Row row, List<EvidenceRef> evidence) {
        Question question = question(row);
        String value = Answers.normalise(question, row.get(ANSWER)).orElseThrow();
        return new ImportedAnswer(row.get(STRUCTURE_ID), row.get(CAMPAIGN), question.code(),
                new Answer(value, row.get(COMMENT), evidence));
    }

    /**
     * The assessment module keeps the other answers and submits the self-assessment: {@code
     * submittedAt} when it was not submitted yet, {@code updatedAt} only when an answer changed.
     */
    @Override
    public void write(List<Accepted<ImportedAnswer>> chunk, WriteContext context) {
        assessments.storeImportedAnswers(chunk.stream().map(Accepted::write).toList(), context.now(), context.run());
    }
}
