package fr.spro.label.backoffice;

import java.util.List;

import fr.spro.label.intake.Rejection;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Up to {@link ImportRecords#PAGE_SIZE} rejections of one import, in file order. The id is the
 * import's id and the page number, so the pages of an import are read in order through the id index.
 */
@Document("backoffice_import_rejections")
record RejectionPage(@Id String id, String importId, int page, List<Rejection> rejections) {

    static String idOf(String importId, int page) {
        return importId + "-" + String.format(java.util.Locale.ROOT, "%06d", page);
    }
}
