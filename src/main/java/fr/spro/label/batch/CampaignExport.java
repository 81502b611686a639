package fr.spro.label.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.EvaluationStore;
import fr.spro.label.reporting.ReportFiles;
import fr.spro.label.review.Decision;
import fr.spro.label.review.DecisionQueries;
import fr.spro.label.review.EvaluationView;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code evaluate --out=DIR}: the campaign's evaluations as {@code evaluations-<c>.json} (the
 * evaluation objects of {@code interfaces.md}), then the audit files and the CREFOP report.
 */
@Component
class CampaignExport {

    /** Evaluations written per page: about 25 kB each with their findings. */
    static final int PAGE = 200;

    private final EvaluationStore evaluations;
    private final DecisionQueries decisions;
    private final ReportFiles reportFiles;
    private final ObjectMapper json;

    CampaignExport(EvaluationStore evaluations, DecisionQueries decisions, ReportFiles reportFiles, ObjectMapper json) {
        this.evaluations = evaluations;
        this.decisions = decisions;
        this.reportFiles = reportFiles;
        this.json = json;
    }

    /** Writes the files and returns how many. */
    int write(String campaign, Path dir) {
        writeEvaluations(campaign, dir.resolve("evaluations-" + campaign + ".json"));
        return 1 + reportFiles.writeTo(dir, campaign).files().size();
    }

    void writeEvaluations(String campaign, Path file) {
        // Written as read, a page at a time with the page's decisions: a campaign may hold tens of
        // thousands of evaluations, far more than one answer of the store or the heap holds.
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartArray();
            evaluations.forEachPage(campaign, PAGE, page -> {
                Map<String, Decision> decided = decisions.forStructures(campaign, page.stream().map(Evaluation::structureId).toList());
                page.forEach(e -> json.writeValue(generator, EvaluationView.of(e, decided.get(e.structureId()))));
            });
            generator.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Écriture impossible : " + file, e);
        }
    }
}
