package fr.spro.label.assessment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.spro.label.store.DocumentWriter;
import fr.spro.label.store.WriteRun;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The self-assessments' import operation: the only writer of self-assessments in bulk. Imported
 * answers are merged into each structure's self-assessment for the campaign, which they submit.
 */
@Component
public class SelfAssessmentImport {

    private final DocumentWriter writer;
    private final String collection;

    SelfAssessmentImport(DocumentWriter writer, MongoTemplate mongo) {
        this.writer = writer;
        this.collection = mongo.getCollectionName(SelfAssessment.class);
    }

    /**
     * Stores these imported answers: each answer replaces the stored answer to its question, and the
     * self-assessment keeps its answers to the other questions (a new one is created with the answers
     * given). Importing answers submits the self-assessment: its status becomes submitted and
     * {@code submittedAt} is set when it was not submitted yet; {@code updatedAt} is set only when an
     * answer actually changed, so importing the same answers again writes nothing, timestamps
     * included. Each self-assessment's write is atomic, the list as a whole is not.
     *
     * <p>Answers are locked once the structure's label decision for the campaign is taken: the
     * caller leaves those out (it reports them row by row), as it does answers of unknown
     * structures or campaigns that were never opened.
     *
     * @param answers distinct (structure, campaign, question) triples, a chunk of an import file
     * @param now     the import's instant, the same for every chunk of the file
     * @param run     the file's run, shared by its chunks
     * @return how many self-assessments were created or changed
     */
    public int storeImportedAnswers(List<ImportedAnswer> answers, Instant now, WriteRun run) {
        DocumentWriter.StoredValues values = writer.storedValues();
        Map<String, Map<String, Object>> writes = new LinkedHashMap<>();
        for (ImportedAnswer answer : answers) {
            // The natural key as id: one lookup by id per self-assessment, no query on structure and campaign.
            Map<String, Object> fields = writes.computeIfAbsent(SelfAssessment.idOf(answer.structureId(), answer.campaign()), id -> {
                Map<String, Object> key = new LinkedHashMap<>();
                key.put("structureId", answer.structureId());
                key.put("campaign", answer.campaign());
                return key;
            });
            fields.put("answers." + answer.question(), values.of(answer.answer()));
        }
        return writer.write(collection, writes, submission(values.of(now)), run);
    }

    /** {@code submittedAt} when not submitted yet, {@code updatedAt} only when an answer changed. */
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
}
