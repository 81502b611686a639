package fr.spro.label.activity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.spro.label.store.DocumentWriter;
import fr.spro.label.store.WriteRun;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The activity reports' import operation: the only writer of the reports in bulk. Reports are
 * keyed by structure and campaign; the figures a file does not give are kept.
 */
@Component
public class ActivityReportImport {

    private final DocumentWriter writer;
    private final String collection;

    ActivityReportImport(DocumentWriter writer, MongoTemplate mongo) {
        this.writer = writer;
        this.collection = mongo.getCollectionName(ActivityReport.class);
    }

    /**
     * Stores these activity reports: a new one is created with the figures given; a stored one gets
     * the given figures that differ, keeping every figure not given; one already equal is not
     * written. Each report's write is atomic, the list as a whole is not. The caller has checked
     * that the structure is known and the campaign opened: this writes what it is given.
     *
     * @param reports distinct (structure, campaign) pairs, a chunk of an import file
     * @param run     the file's run, shared by its chunks
     * @return how many reports were created or changed
     */
    public int storeReports(List<ImportedActivityReport> reports, WriteRun run) {
        DocumentWriter.StoredValues values = writer.storedValues();
        Map<String, Map<String, Object>> writes = new LinkedHashMap<>();
        for (ImportedActivityReport report : reports) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("structureId", report.structureId());
            fields.put("campaign", report.campaign());
            report.figures().forEach((figure, value) -> fields.put(figure.property(), values.of(value)));
            // The natural key as id: one lookup by id per report, no query on structure and campaign.
            writes.put(ActivityReport.idOf(report.structureId(), report.campaign()), fields);
        }
        return writer.write(collection, writes, DocumentWriter.Completion.NOTHING, run);
    }
}
