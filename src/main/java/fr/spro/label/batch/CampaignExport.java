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
import fr.spro.label.reporting.AuditFiles;
import fr.spro.label.reporting.CrefopReport;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code evaluate --out=DIR}: the campaign's evaluations as {@code evaluations-<c>.json}, each
 * audit file as {@code audit-<structureId>-<c>.pdf} and the CREFOP report as {@code crefop-<c>.pdf}.
 */
@Component
class CampaignExport {

    private final MongoTemplate mongo;
    private final Decisions decisions;
    private final AuditFiles auditFiles;
    private final CrefopReport crefop;
    private final ObjectMapper json;

    CampaignExport(MongoTemplate mongo, Decisions decisions, AuditFiles auditFiles, CrefopReport crefop, ObjectMapper json) {
        this.mongo = mongo;
        this.decisions = decisions;
        this.auditFiles = auditFiles;
        this.crefop = crefop;
        this.json = json;
    }

    /** Writes the files and returns how many. */
    int write(String campaign, Path dir) {
        Map<String, Decision> decided = decisions.findByCampaign(campaign).stream()
                .collect(Collectors.toMap(Decision::structureId, Function.identity()));
        int files = 0;
        try (OutputStream out = Files.newOutputStream(dir.resolve("evaluations-" + campaign + ".json"));
             JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartArray();
            // Streamed: a campaign may hold tens of thousands of evaluations.
            try (var all = mongo.stream(Query.query(Criteria.where("campaign").is(campaign)).with(Sort.by("_id")), Evaluation.class)) {
              for (Evaluation evaluation : (Iterable<Evaluation>) all::iterator) {
                json.writeValue(generator, EvaluationView.of(evaluation, decided.get(evaluation.structureId())));
                var audit = auditFiles.find(evaluation.structureId(), campaign);
                if (audit.isPresent()) {
                    Files.write(dir.resolve("audit-" + evaluation.structureId() + "-" + campaign + ".pdf"), auditFiles.content(audit.get()));
                    files++;
                }
              }
            }
            generator.writeEndArray();
            files++;
            Files.write(dir.resolve("crefop-" + campaign + ".pdf"), crefop.pdf(campaign));
            return files + 1;
        } catch (IOException e) {
            throw new UncheckedIOException("Export impossible dans " + dir, e);
        }
    }
}
