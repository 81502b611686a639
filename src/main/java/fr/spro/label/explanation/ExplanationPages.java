package fr.spro.label.explanation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What the explanation pages show, in the reader's language: a request, the pending list. */
@Component
class ExplanationPages {

    private final ExplanationWording wording;
    private final MessageSource messages;
    private final Clock clock;

    ExplanationPages(ExplanationWording wording, MessageSource messages, Clock clock) {
        this.wording = wording;
        this.messages = messages;
        this.clock = clock;
    }

    /** The request; with the explanation when {@code withExplanation} (an officer, or the structure once sent). */
    ExplanationPage page(ExplanationRequest r, boolean withExplanation, Locale locale) {
        LocalDate today = ExplanationDates.today(clock);
        return new ExplanationPage(r.structureId(), r.structureName(), r.campaign(), r.requestedBy(), r.message(),
                r.requestedOn(), ExplanationDates.words(r.requestedOn(), locale), r.dueOn(), ExplanationDates.words(r.dueOn(), locale),
                !r.isSent() && today.isAfter(r.dueOn()), r.isSent(), r.sentOn(), ExplanationDates.words(r.sentOn(), locale), r.sentBy(),
                r.note(), r.documentId(), r.pdfSha256(), wording.dateTime(r.explanation().preparedAt(), locale),
                withExplanation ? wording.sheet(r, locale) : null);
    }

    /** One pending request in the officers' list, with what is left of its period or how late it is. */
    record PendingRow(String structureId, String structureName, String campaign, LocalDate requestedOn, String requestedOnText,
                      LocalDate dueOn, String dueOnText, boolean overdue, String delay) {
    }

    List<PendingRow> rows(List<PendingExplanation> pending, Locale locale) {
        LocalDate today = ExplanationDates.today(clock);
        return pending.stream().map(p -> new PendingRow(p.structureId(), p.structureName(), p.campaign(), p.requestedOn(),
                ExplanationDates.words(p.requestedOn(), locale), p.dueOn(), ExplanationDates.words(p.dueOn(), locale),
                p.overdueOn(today), delay(today, p.dueOn(), locale))).toList();
    }

    private String delay(LocalDate today, LocalDate dueOn, Locale locale) {
        long days = ChronoUnit.DAYS.between(today, dueOn);
        if (days == 0) {
            return messages.getMessage("explanation.officer.today", null, locale);
        }
        return days < 0 ? messages.getMessage("explanation.officer.overdue", new Object[] {-days}, locale)
                : messages.getMessage("explanation.officer.left", new Object[] {days}, locale);
    }
}
