package fr.spro.label.explanation;

import java.time.LocalDate;

/**
 * What a structure's results page says about the explanation of a decision: that it may ask for it
 * (within what period it gets it, how long its message may be), or where its request stands, with
 * dates in words in the reader's language.
 *
 * @param requestedOn {@code null} while no explanation was asked for
 * @param sentOn      {@code null} until an officer sent it
 */
public record DecisionExplanation(String period, int maxMessage, LocalDate requestedOn, String requestedOnText,
                                  LocalDate dueOn, String dueOnText, LocalDate sentOn, String sentOnText) {

    public boolean requested() {
        return requestedOn != null;
    }

    public boolean sent() {
        return sentOn != null;
    }
}
