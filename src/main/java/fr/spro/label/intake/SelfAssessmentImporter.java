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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.spro.label.assessment.Answer;
import fr.spro.label.assessment.AssessmentStatus;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.assessment.EvidenceRef;
import fr.spro.label.assessment.EvidenceStore;
import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.audit.Decision;
import fr.spro.label.audit.Decisions;
import fr.spro.label.intake.schema.Column;
import fr.spro.label.intake.schema.Problem;
import fr.spro.label.intake.schema.Row;
import fr.spro.label.intake.schema.RowCheck;
import fr.spro.label.intake.schema.Schema;
import fr.spro.label.referential.Question;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Self-assessment answers ({@code self-assessment}, one row per answer): merged per question
 * into the structure's self-assessment for the campaign, which becomes submitted; a row naming a
 * campaign that was never opened is rejected. Only what changes is written, so importing the same
 * answers again leaves the documents untouched, timestamps included.
 */
@Component
class SelfAssessmentImporter implements KindImporter<SelfAssessmentImporter.AnswerWrite> {

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

    private final DocumentWriter writer;
    private final KnownStructures structures;
    private final Campaigns campaigns;
    private final Decisions decisions;
    private final EvidenceStore evidenceStore;
    private final String collection;

    SelfAssessmentImporter(DocumentWriter writer, KnownStructures structures, Campaigns campaigns, Decisions decisions,
                           EvidenceStore evidenceStore, MongoTemplate mongo) {
        this.writer = writer;
        this.structures = structures;
        this.campaigns = campaigns;
        this.decisions = decisions;
        this.evidenceStore = evidenceStore;
        this.collection = mongo.getCollectionName(SelfAssessment.class);
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
    public Resolution<AnswerWrite> resolve(List<Row> rows, EvidenceSource evidence) {
        Set<String> known = structures.among(rows.stream().map(row -> row.get(STRUCTURE_ID)).toList());
        Set<String> opened = campaigns.existing(rows.stream().map(row -> row.get(CAMPAIGN)).toList());
        Map<String, Set<String>> decidedByCampaign = new HashMap<>();
        EvidenceResolver resolver = new EvidenceResolver(evidenceStore, evidence);
        List<Accepted<AnswerWrite>> accepted = new ArrayList<>(rows.size());
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
            if (decidedByCampaign.computeIfAbsent(campaign, this::decided).contains(structureId)) {
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
                accepted.add(new Accepted<>(row.line(), answerWrite(row, references)));
            } else {
                refused.forEach(problem -> rejected.add(new Rejected(row.line(), problem)));
            }
        }
        return new Resolution<>(accepted, rejected);
    }

    /** Structures whose label decision for the campaign is taken: their answers are locked. */
    private Set<String> decided(String campaign) {
        Set<String> ids = new HashSet<>();
        decisions.findByCampaign(campaign).stream().map(Decision::structureId).forEach(ids::add);
        return ids;
    }

    private static AnswerWrite answerWrite(Row row, List<EvidenceRef> evidence) {
        Question question = question(row);
        String value = Answers.normalise(question, row.get(ANSWER)).orElseThrow();
        return new AnswerWrite(row.get(STRUCTURE_ID), row.get(CAMPAIGN), question.code(),
                new Answer(value, row.get(COMMENT), evidence));
    }

    @Override
    public void write(List<Accepted<AnswerWrite>> chunk, WriteContext context) {
        DocumentWriter.StoredValues values = writer.storedValues();
        Map<String, Map<String, Object>> writes = new LinkedHashMap<>();
        for (Accepted<AnswerWrite> row : chunk) {
            AnswerWrite answer = row.write();
            Map<String, Object> fields = writes.computeIfAbsent(SelfAssessment.idOf(answer.structureId(), answer.campaign()), id -> {
                Map<String, Object> key = new LinkedHashMap<>();
                key.put("structureId", answer.structureId());
                key.put("campaign", answer.campaign());
                return key;
            });
            fields.put("answers." + answer.question(), values.of(answer.answer()));
        }
        writer.write(collection, writes, submission(values.of(context.now())), context);
    }

    /**
     * Importing answers submits the self-assessment: {@code submittedAt} is set when it was not
     * submitted yet, {@code updatedAt} only when an answer actually changed.
     */
    private static DocumentWriter.Completion submission(Object now) {
        return (stored, changed) -> {
            Map<String, Object> extra = new LinkedHashMap<>();
            if (changed.keySet().stream().anyMatch(field -> field.startsWith("answers."))) {
                extra.put("updatedAt", now);
            }
            if (stored == null || !AssessmentStatus.SUBMITTED.name().equals(stored.getString("status"))) {
                extra.put("status", AssessmentStatus.SUBMITTED.name());
                extra.put("submittedAt", now);
            }
            return extra;
        };
    }

    /** One accepted answer. */
    record AnswerWrite(String structureId, String campaign, String question, Answer answer) {
    }
}
