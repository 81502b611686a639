package fr.spro.label.backoffice;

import java.util.Locale;

import fr.spro.label.refusal.RefusalCode;
import org.springframework.context.MessageSource;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.stereotype.Component;

/** The words controllers put on a page themselves: notices after an action, and refusals of the domain. */
@Component
class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /**
     * A refusal of the domain (its code and its French reason): the message
     * {@code backoffice.refusal.<code>} in the reader's language when there is one, else the
     * domain's own reason.
     *
     * @param campaign    {@code {0}} of the message
     * @param structureId {@code {1}} of the message, when the refusal is about a structure
     */
    String refusal(RefusalCode code, String reason, Locale locale, String campaign, String structureId) {
        return messages.getMessage("backoffice.refusal." + code.name(), new Object[] {campaign, structureId}, reason, locale);
    }

    /**
     * The field errors of a bound form, in the reader's language, to show next to their fields: a
     * Bean Validation message is already in that language; a Spring {@code Validator}'s code is
     * looked up in the messages.
     */
    FieldErrors errors(Errors binding, Locale locale) {
        FieldErrors errors = new FieldErrors();
        for (FieldError error : binding.getFieldErrors()) {
            errors.add(error.getField(), messages.getMessage(error, locale));
        }
        return errors;
    }
}
