package fr.spro.label.assessment;

import java.util.List;
import java.util.stream.Collectors;

import fr.spro.label.referential.Question;

/**
 * A self-assessment transition that is not allowed, with a stable code (its {@link Reason}) for
 * machines and a French reason for people. Pages translate the code; the reason is what scripts and logs show.
 */
public class SelfAssessmentRefused extends TransitionRefused {

    /** Why a transition is refused. */
    public enum Reason {
        /** Submitted answers are locked until an officer reopens them. */
        LOCKED,
        /** Submitting needs an answer to every question. */
        INCOMPLETE,
        /** Nothing was saved yet for this campaign. */
        NOT_STARTED,
        /** Only a submitted self-assessment can be reopened. */
        NOT_SUBMITTED,
        /** Reopening needs a written reason. */
        REASON_REQUIRED,
        /** The reason of a reopening is kept in the journal: it has a maximum length. */
        REASON_TOO_LONG,
        /** A label decision is confirmed for these answers: they can no longer be reopened. */
        ALREADY_DECIDED,
        /** The campaign does not exist. */
        UNKNOWN_CAMPAIGN,
        /** The campaign no longer accepts answers. */
        CAMPAIGN_CLOSED,
        /** An answer that does not suit its question, or an unknown question. */
        INVALID_ANSWER,
        /** Someone else changed the self-assessment in the meantime. */
        CONFLICT
    }

    private final Reason reason;
    private final List<Question> unanswered;

    SelfAssessmentRefused(Reason reason, String message) {
        this(reason, message, List.of());
    }

    private SelfAssessmentRefused(Reason reason, String message, List<Question> unanswered) {
        super(reason.name(), message);
        this.reason = reason;
        this.unanswered = List.copyOf(unanswered);
    }

    public Reason reason() {
        return reason;
    }

    /** The questions without an answer, for {@link Reason#INCOMPLETE}; empty otherwise. */
    public List<Question> unanswered() {
        return unanswered;
    }

    static SelfAssessmentRefused locked(String structureId, String campaign) {
        return new SelfAssessmentRefused(Reason.LOCKED, "L'auto-évaluation " + campaign + " de « " + structureId
                + " » est soumise : ses réponses sont verrouillées jusqu'à ce qu'un agent qualité de la Région la rouvre.");
    }

    static SelfAssessmentRefused incomplete(List<Question> unanswered) {
        return new SelfAssessmentRefused(Reason.INCOMPLETE, unanswered.size() + " question(s) sans réponse : "
                + unanswered.stream().map(Question::code).collect(Collectors.joining(", ")) + ".", unanswered);
    }

    static SelfAssessmentRefused notStarted(String structureId, String campaign) {
        return new SelfAssessmentRefused(Reason.NOT_STARTED, "Aucune réponse n'est enregistrée pour « " + structureId
                + " » et la campagne " + campaign + ".");
    }

    static SelfAssessmentRefused notSubmitted(String structureId, String campaign) {
        return new SelfAssessmentRefused(Reason.NOT_SUBMITTED, "L'auto-évaluation " + campaign + " de « " + structureId
                + " » n'est pas soumise : il n'y a rien à rouvrir.");
    }

    static SelfAssessmentRefused reasonRequired() {
        return new SelfAssessmentRefused(Reason.REASON_REQUIRED, "Indiquez le motif de la réouverture : il est conservé au journal.");
    }

    static SelfAssessmentRefused reasonTooLong(int maximum) {
        return new SelfAssessmentRefused(Reason.REASON_TOO_LONG, "Le motif de la réouverture dépasse " + maximum + " caractères.");
    }

    static SelfAssessmentRefused alreadyDecided(String structureId, String campaign) {
        return new SelfAssessmentRefused(Reason.ALREADY_DECIDED, "Une décision de label est déjà prise pour « " + structureId
                + " » (campagne " + campaign + ") : son auto-évaluation ne peut plus être rouverte.");
    }

    static SelfAssessmentRefused unknownCampaign(String campaign) {
        return new SelfAssessmentRefused(Reason.UNKNOWN_CAMPAIGN, "Campagne inconnue : « " + campaign + " ».");
    }

    static SelfAssessmentRefused campaignClosed(String campaign) {
        return new SelfAssessmentRefused(Reason.CAMPAIGN_CLOSED, "La campagne " + campaign
                + " est close : les réponses ne peuvent plus être modifiées ni soumises.");
    }

    static SelfAssessmentRefused invalidAnswer(String question, String value) {
        return new SelfAssessmentRefused(Reason.INVALID_ANSWER, "Réponse « " + value + " » invalide pour la question « "
                + question + " ».");
    }

    static SelfAssessmentRefused conflict(String structureId, String campaign) {
        return new SelfAssessmentRefused(Reason.CONFLICT, "L'auto-évaluation " + campaign + " de « " + structureId
                + " » a été modifiée entre-temps : rechargez-la avant de recommencer.");
    }
}
