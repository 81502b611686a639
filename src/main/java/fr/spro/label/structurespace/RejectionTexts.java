package fr.spro.label.structurespace;

import java.util.Locale;

import fr.spro.label.intake.Rejection;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The sentence a rejected figure or row gets, in the reader's language. In French it is the
 * importer's own sentence (key {@code structurespace.rejection.<CODE>} = {@code {2}}), so the form
 * and an imported file say the same; in English a translation of it by code, naming the column
 * ({0}) and the value ({1}).
 */
@Component
class RejectionTexts {

    private final MessageSource messages;

    RejectionTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(Rejection rejection, Locale locale) {
        return messages.getMessage("structurespace.rejection." + rejection.code(),
                new Object[] {rejection.column(), rejection.value(), rejection.message()}, rejection.message(), locale);
    }
}
