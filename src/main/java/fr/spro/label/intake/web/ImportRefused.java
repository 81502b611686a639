package fr.spro.label.intake.web;

import fr.spro.label.refusal.Refusal;
import fr.spro.label.refusal.RefusalCode;

/**
 * An upload the API will not even read, with a {@link Code} and a French reason. A file it reads
 * but rejects is not a refusal: its report says why, row by row.
 */
class ImportRefused extends Refusal {

    /** Why an upload is refused before its file is read. */
    enum Code implements RefusalCode {
        /** {@code kind} is none of structures, activity, self-assessment. */
        UNKNOWN_KIND,
        /** No {@code file} part. */
        MISSING_FILE;

        @Override
        public Kind kind() {
            return Kind.INVALID;
        }
    }

    ImportRefused(Code code, String message) {
        super(code, message);
    }
}
