package fr.spro.label.backoffice;

import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.spro.label.csv.SafeCsv;
import fr.spro.label.intake.ImportReport;
import fr.spro.label.intake.Rejection;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The imports made from the back office, kept so that their report can be shown again and its
 * rejections downloaded as CSV. The rejection pages are written before the record: a record that
 * can be read always has all its rejections.
 */
@Service
class ImportRecords {

    static final int PAGE_SIZE = 1000;
    static final List<String> CSV_COLUMNS = List.of("file", "line", "column", "value", "code", "message");

    private final MongoTemplate mongo;
    private final Clock clock;

    ImportRecords(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    ImportRecord save(ImportReport report, String officer) {
        String id = UUID.randomUUID().toString();
        List<Rejection> rejections = report.rejections();
        List<RejectionPage> pages = new ArrayList<>();
        for (int from = 0, page = 0; from < rejections.size(); from += PAGE_SIZE, page++) {
            pages.add(new RejectionPage(RejectionPage.idOf(id, page), id, page,
                    rejections.subList(from, Math.min(rejections.size(), from + PAGE_SIZE))));
        }
        if (!pages.isEmpty()) {
            mongo.insertAll(pages);
        }
        return mongo.insert(new ImportRecord(id, report.file(), report.kind().code(), report.accepted(), report.rejected(),
                rejections.size(), report.fileRejected(), report.interrupted(), officer, Instant.now(clock)));
    }

    Optional<ImportRecord> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ImportRecord.class));
    }

    /** The latest imports first. */
    List<ImportRecord> latest(int limit) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "importedAt")).limit(limit), ImportRecord.class);
    }

    /** The first {@code limit} rejections of an import, in file order. */
    List<Rejection> rejections(ImportRecord record, int limit) {
        List<Rejection> first = new ArrayList<>();
        for (RejectionPage page : pages(record.id(), (limit + PAGE_SIZE - 1) / PAGE_SIZE)) {
            first.addAll(page.rejections());
        }
        return first.size() > limit ? first.subList(0, limit) : first;
    }

    /** Every rejection of an import as CSV ({@code file, line, column, value, code, message}), through {@link SafeCsv}. */
    void writeCsv(ImportRecord record, Writer out) {
        try (SafeCsv csv = SafeCsv.open(out, CSV_COLUMNS)) {
            int pages = (record.rejectionCount() + PAGE_SIZE - 1) / PAGE_SIZE;
            // one page at a time: a file rejected line by line is never held whole in memory
            for (int page = 0; page < pages; page++) {
                for (RejectionPage one : pages(record.id(), page, 1)) {
                    one.rejections().forEach(r -> csv.row(r.file(), r.line(), r.column(), r.value(), r.code(), r.message()));
                }
            }
        }
    }

    private List<RejectionPage> pages(String importId, int count) {
        return pages(importId, 0, count);
    }

    private List<RejectionPage> pages(String importId, int first, int count) {
        if (count <= 0) {
            return List.of();
        }
        Query query = Query.query(Criteria.where("_id").gte(RejectionPage.idOf(importId, first))
                .lte(RejectionPage.idOf(importId, first + count - 1))).with(Sort.by("_id"));
        return mongo.find(query, RejectionPage.class);
    }
}
