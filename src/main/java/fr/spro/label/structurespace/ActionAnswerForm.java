package fr.spro.label.structurespace;

import fr.spro.label.assessment.EvidenceRef;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the form of one action-plan item posts. The response's rules (required to mark the item
 * done, its longest length) are the action item's, which the API follows too; the file is checked
 * where it is stored ({@link Uploads}).
 *
 * @param link a web address of evidence, or blank
 * @param done {@code true} when the item is to be marked done; a box left unticked sends nothing
 */
record ActionAnswerForm(String response, String link, MultipartFile file, Boolean done) {

    /** Whether the item is to be marked done. */
    boolean markDone() {
        return Boolean.TRUE.equals(done);
    }

    /** The link without the blanks around it; empty when none was given. */
    String typedLink() {
        return link == null ? "" : link.strip();
    }

    /** A link given must be a full https address (the same check as for the self-assessment's evidence). */
    static final class Rules implements Validator {

        @Override
        public boolean supports(Class<?> type) {
            return ActionAnswerForm.class.isAssignableFrom(type);
        }

        @Override
        public void validate(Object target, Errors errors) {
            String link = ((ActionAnswerForm) target).typedLink();
            if (!link.isEmpty() && !EvidenceRef.isHttpsLink(link)) {
                errors.rejectValue("link", "structurespace.error.LINK_NOT_HTTPS");
            }
        }
    }
}
