package fr.spro.label.explanation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.spro.label.review.DecisionQueries;
import org.springframework.stereotype.Component;

/**
 * The explanation requests' exported queries: the pending ones, soonest due first (for the
 * officers' lists of deadlines), and where the request about a decision stands (for the
 * structure's results page). Every answer is bounded: pending requests only, a page or a cap at a time,
 * the summary fields only (the frozen explanation is left unread).
 */
@Component
public class ExplanationQueries {

    /** The most pending requests {@link #pending()} gives at once. */
    public static final int PENDING_CAP = 500;

    private final ExplanationStore store;
    private final DecisionQueries decisions;
    private final ExplanationPeriod period;

    ExplanationQueries(ExplanationStore store, DecisionQueries decisions, ExplanationPeriod period) {
        this.store = store;
        this.decisions = decisions;
        this.period = period;
    }

    /** The pending requests, soonest due first, at most {@link #PENDING_CAP} of them. */
    public List<PendingExplanation> pending() {
        return pending(0, PENDING_CAP);
    }

    /**
     * One page of the pending requests, soonest due first (then the earliest asked).
     *
     * @param page 0-based
     */
    public List<PendingExplanation> pending(int page, int size) {
        return store.pending(page, size);
    }

    public long countPending() {
        return store.countPending();
    }

    /**
     * What the structure's results page says about the explanation of its decision for the campaign,
     * in the reader's language; empty when no decision was taken (there is nothing to explain yet).
     */
    public Optional<DecisionExplanation> aboutDecision(String structureId, String campaign, Locale locale) {
        return decisions.find(structureId, campaign).map(decision -> {
            Optional<ExplanationRequest> request = store.find(ExplanationRequest.idOf(structureId, campaign, decision.decidedAt()));
            LocalDate requestedOn = request.map(ExplanationRequest::requestedOn).orElse(null);
            LocalDate dueOn = request.map(ExplanationRequest::dueOn).orElse(null);
            LocalDate sentOn = request.map(ExplanationRequest::sentOn).orElse(null);
            return new DecisionExplanation(period.text(locale), Explanations.MAX_MESSAGE, requestedOn,
                    ExplanationDates.words(requestedOn, locale), dueOn, ExplanationDates.words(dueOn, locale), sentOn,
                    ExplanationDates.words(sentOn, locale));
        });
    }
}
