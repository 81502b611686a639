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

import fr.spro.label.assessment.Answer;
import fr.spro.label.assessment.AssessmentStatus;
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
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Self-assessment answers ({@code self-assessment}, one row per answer): merged per question
 * into the structure's self-assessment for the campaign, which becomes submitted. Only what
 * changes is written, so importing the same answers again leaves the documents untouched,
 * timestamps included.
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

    private final MongoTemplate mongo;
    private final KnownStructures structures;
    private final Decisions decisions;
    private final EvidenceStore evidenceStore;

    SelfAssessmentImporter(MongoTemplate mongo, KnownStructures structures, Decisions decisions, EvidenceStore evidenceStore) {
        this.mongo = mongo;
        this.structures = structures;
        this.decisions = decisions;
        this.evidenceStore = evidenceStore;
    }

    private static Question question(Row row) {
        return Question.ofCode(row.get(QUESTION)).orElseThrow();
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
        Map<String, Map<String, Answer>> byAssessment = new LinkedHashMap<>();
        Map<String, AnswerWrite> firstOf = new HashMap<>();
        for (Accepted<AnswerWrite> row : chunk) {
            AnswerWrite write = row.write();
            context.ensureCampaign(write.campaign());
            String id = SelfAssessment.idOf(write.structureId(), write.campaign());
            byAssessment.computeIfAbsent(id, key -> new LinkedHashMap<>()).put(write.question(), write.answer());
            firstOf.putIfAbsent(id, write);
        }
        Map<String, SelfAssessment> existing = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(byAssessment.keySet())), SelfAssessment.class)
                .forEach(assessment -> existing.put(assessment.id(), assessment));
        BulkOperations bulk = mongo.bulkOps(BulkMode.ORDERED, SelfAssessment.class);
        int writes = 0;
        for (Map.Entry<String, Map<String, Answer>> entry : byAssessment.entrySet()) {
            Optional<Update> update = update(existing.get(entry.getKey()), entry.getValue(), firstOf.get(entry.getKey()), context);
            if (update.isPresent()) {
                bulk.upsert(Query.query(Criteria.where("_id").is(entry.getKey())), update.get());
                writes++;
            }
        }
        if (writes > 0) {
            bulk.execute();
        }
    }

    /**
     * The update for one self-assessment: the answers that differ from the stored ones, and the
     * submission when it was not submitted yet; nothing at all when both are already so.
     */
    private static Optional<Update> update(SelfAssessment stored, Map<String, Answer> answers, AnswerWrite first, WriteContext context) {
        Update update = new Update();
        boolean changed = false;
        for (Map.Entry<String, Answer> answer : answers.entrySet()) {
            if (stored == null || !answer.getValue().equals(stored.answers().get(answer.getKey()))) {
                update.set("answers." + answer.getKey(), answer.getValue());
                changed = true;
            }
        }
        boolean submitted = stored != null && stored.isSubmitted();
        if (!changed && submitted) {
            return Optional.empty();
        }
        if (changed) {
            update.set("updatedAt", context.now());
        }
        if (!submitted) {
            update.set("status", AssessmentStatus.SUBMITTED).set("submittedAt", context.now());
        }
        update.setOnInsert("structureId", first.structureId()).setOnInsert("campaign", first.campaign());
        return Optional.of(update);
    }

    /** One accepted answer. */
    record AnswerWrite(String structureId, String campaign, String question, Answer answer) {
    }
}
