package fr.spro.label.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.spro.label.audit.Decision;
import fr.spro.label.audit.Decisions;
import fr.spro.label.audit.EvaluationView;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.reporting.ReportFiles;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code evaluate --out=DIR}: the campaign's evaluations as {@code evaluations-<c>.json} (the
 * evaluation objects of {@code interfaces.md}), then the audit files and the CREFOP report.
 */
@Component
class CampaignExport {

    private final MongoTemplate mongo;
    private final Decisions decisions;
    private final ReportFiles reportFiles;
    private final ObjectMapper json;

    CampaignExport(MongoTemplate mongo, Decisions decisions, ReportFiles reportFiles, ObjectMapper json) {
        this.mongo = mongo;
        this.decisions = decisions;
        this.reportFiles = reportFiles;
        this.json = json;
    }

    /** Writes the files and returns how many. */
    int write(String campaign, Path dir) {
        writeEvaluations(campaign, dir.resolve("evaluations-" + campaign + ".json"));
        return 1 + reportFiles.writeTo(dir, campaign).files().size();
    }

    private void writeEvaluations(String campaign, Path file) {
        Map<String, Decision> decided = decisions.findByCampaign(campaign).stream()
                .collect(Collectors.toMap(Decision::structureId, Function.identity()));
        Query all = Query.query(Criteria.where("campaign").is(campaign)).with(Sort.by("_id"));
        // Streamed, one evaluation at a time: a campaign may hold tens of thousands of them.
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator generator = json.createGenerator(out);
             var evaluations = mongo.stream(all, Evaluation.class)) {
            generator.writeStartArray();
            evaluations.forEach(e -> json.writeValue(generator, EvaluationView.of(e, decided.get(e.structureId()))));
            generator.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Écriture impossible : " + file, e);
        }
    }
}
