package fr.spro.label.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import fr.spro.label.activity.ActivityReport;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.review.Decisions;
import fr.spro.label.structure.Structures;
import fr.spro.label.support.CampaignFixture;
import fr.spro.label.support.IntakeFixtures;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The database as the import tests see it: reset to a known baseline, summarised as counts,
 * probed by key, or dumped whole for comparison.
 */
final class StoredData {

    static final List<String> IMPORTED = List.of("structures", "activity_reports", "self_assessments", "label_decisions",
            "campaigns", "evidence.files", "evidence.chunks", "journal");

    private final MongoTemplate mongo;

    StoredData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Nothing the import writes or reads. */
    void clear() {
        IMPORTED.forEach(collection -> mongo.remove(new Query(), collection));
    }

    /**
     * Campaigns 2024 and 2025 open (the files name them; an import never opens one), two structures
     * (ML-DIJON, CIO-CHENOVE) and a confirmed decision for ML-DIJON in 2024; nothing else.
     */
    void resetToBaseline(Campaigns campaigns, Structures structures, Decisions decisions) {
        clear();
        CampaignFixture.open(campaigns, 2024, 2025);
        structures.saveAll(List.of(IntakeFixtures.missionLocaleDijon(), IntakeFixtures.cioChenove()));
        decisions.save(IntakeFixtures.confirmedDecision("ML-DIJON", "2024"));
    }

    /** {@code S=structures A=activity reports Q=answers C=campaigns F=evidence files}. */
    String summary() {
        long answers = mongo.findAll(SelfAssessment.class).stream().mapToLong(a -> a.answers().size()).sum();
        return "S=" + count("structures") + " A=" + count("activity_reports") + " Q=" + answers
                + " C=" + count("campaigns") + " F=" + count("evidence.files");
    }

    private long count(String collection) {
        return mongo.getCollection(collection).countDocuments();
    }

    /**
     * The stored value a probe names, as text: {@code S:ID.field}, {@code A:ID/CAMPAIGN.field},
     * {@code SA:ID/CAMPAIGN.field}, {@code Q:ID/CAMPAIGN/question.field}; lists are joined with
     * {@code |} (evidence by file name or link); {@code null} when absent.
     */
    String probe(String key, String field) {
        Document document = document(key);
        if (document == null) {
            return null;
        }
        Object value = field == null ? document : document.get(field);
        return text(value);
    }

    boolean exists(String key) {
        return document(key) != null;
    }

    private Document document(String key) {
        String kind = key.substring(0, key.indexOf(':'));
        String[] parts = key.substring(key.indexOf(':') + 1).split("/");
        return switch (kind) {
            case "S" -> byId("structures", parts[0]);
            case "A" -> byId("activity_reports", ActivityReport.idOf(parts[0], parts[1]));
            case "SA" -> byId("self_assessments", SelfAssessment.idOf(parts[0], parts[1]));
            case "Q" -> {
                Document assessment = byId("self_assessments", SelfAssessment.idOf(parts[0], parts[1]));
                Document answers = assessment == null ? null : assessment.get("answers", Document.class);
                yield answers == null ? null : answers.get(parts[2], Document.class);
            }
            default -> throw new IllegalArgumentException("unknown probe " + key);
        };
    }

    private Document byId(String collection, String id) {
        return mongo.getCollection(collection).find(new Document("_id", id)).first();
    }

    private static String text(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> item instanceof Document d
                    ? (d.getString("url") != null ? d.getString("url") : d.getString("fileName"))
                    : String.valueOf(item)).collect(Collectors.joining("|"));
        }
        return String.valueOf(value);
    }

    /** Every document of every collection the import touches, except the journal (each run appends to it). */
    Map<String, List<String>> dump() {
        Map<String, List<String>> all = new TreeMap<>();
        for (String collection : IMPORTED) {
            if (collection.equals("journal")) {
                continue;
            }
            List<String> documents = new ArrayList<>();
            mongo.getCollection(collection).find().sort(new Document("_id", 1))
                    .forEach(document -> documents.add(document.toJson()));
            all.put(collection, documents);
        }
        return all;
    }
}
