package fr.spro.label.backoffice;

import java.util.Optional;

import fr.spro.label.intake.ImportKind;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * What the back office's import form posts besides its file (a multipart part of its own): the
 * kind of file, one of the {@link ImportKind} codes.
 */
record ImportForm(String kind) {

    Optional<ImportKind> importKind() {
        return kind == null ? Optional.empty() : ImportKind.ofCode(kind);
    }

    /** The kind must be one the importer knows (the codes are the importer's, not repeated here). */
    static final class Rules implements Validator {

        @Override
        public boolean supports(Class<?> type) {
            return ImportForm.class.isAssignableFrom(type);
        }

        @Override
        public void validate(Object target, Errors errors) {
            if (((ImportForm) target).importKind().isEmpty()) {
                errors.rejectValue("kind", "backoffice.import.kind.required");
            }
        }
    }
}
