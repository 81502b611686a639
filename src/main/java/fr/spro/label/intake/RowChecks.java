package fr.spro.label.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.spro.label.intake.KindImporter.Rejected;
import fr.spro.label.intake.read.RawRecord;
import fr.spro.label.intake.schema.Problem;
import fr.spro.label.intake.schema.Row;
import fr.spro.label.intake.schema.Schema;

/** The checks of each record on its own and against the keys already met. */
final class RowChecks {

    private RowChecks() {
    }

    /**
     * Rows valid in themselves, in file order. The first row with a given key is the one kept:
     * a later one is rejected as a duplicate, even when the first is rejected for another reason.
     */
    static List<Row> validate(String fileName, List<RawRecord> records, Schema schema, Map<String, KeyLocation> seenKeys,
                              List<Rejected> rejected) {
        List<Row> valid = new ArrayList<>(records.size());
        for (RawRecord record : records) {
            if (!record.problems().isEmpty()) {
                record.problems().forEach(problem -> rejected.add(new Rejected(record.line(), problem)));
                continue;
            }
            Schema.Validated validated = schema.validate(record.line(), record.cells());
            KeyLocation first = validated.key() == null ? null
                    : seenKeys.putIfAbsent(validated.key(), new KeyLocation(fileName, record.line()));
            validated.problems().forEach(problem -> rejected.add(new Rejected(record.line(), problem)));
            if (first != null) {
                rejected.add(new Rejected(record.line(), Problem.of(RejectionCode.DUPLICATE_KEY, schema.keyName(), validated.key())
                        .with("detail", "« " + validated.key() + " »").with("expected", first.describeFrom(fileName))));
            } else if (validated.row() != null) {
                valid.add(validated.row());
            }
        }
        return valid;
    }

    /** Where a key was first met in a run. */
    record KeyLocation(String file, int line) {

        String describeFrom(String currentFile) {
            return currentFile.equals(file) ? "ligne " + line + " de ce fichier" : "ligne " + line + " du fichier « " + file + " »";
        }
    }

}
