package fr.spro.label.assessment;

import java.util.List;
import java.util.stream.Collectors;

import fr.spro.label.referential.Question;
import fr.spro.label.refusal.Refusal;
import fr.spro.label.refusal.RefusalCode;

/**
 * A self-assessment transition that is not allowed, with a stable {@link Code} for machines and a
 * French reason for people. Pages translate the code; the reason is what scripts and logs show.
 */
public class SelfAssessmentRefused extends Refusal {

    /** Why a transition is refused. */
    public enum Code implements RefusalCode {
        /** Submitted answers are locked until an officer reopens them. */
        LOCKED(Kind.CONFLICT),
        /** Submitting needs an answer to every question. */
        INCOMPLETE(Kind.UNPROCESSABLE),
        /** Nothing was saved yet for this campaign. */
        NOT_STARTED(Kind.NOT_FOUND),
        /** Only a submitted self-assessment can be reopened. */
        NOT_SUBMITTED(Kind.CONFLICT),
        /** Reopening needs a written reason. */
        REASON_REQUIRED(Kind.INVALID),
        /** The reason of a reopening is kept in the journal: it has a maximum length. */
        REASON_TOO_LONG(Kind.INVALID),
        /** A label decision is confirmed for these answers: they can no longer be reopened. */
        ALREADY_DECIDED(Kind.CONFLICT),
        /** The campaign does not exist. */
        UNKNOWN_CAMPAIGN(Kind.NOT_FOUND),
        /** The campaign no longer accepts answers. */
        CAMPAIGN_CLOSED(Kind.CONFLICT),
        /** An answer that does not suit its question, or an unknown question. */
        INVALID_ANSWER(Kind.INVALID),
        /** Someone else changed the self-assessment in the meantime. */
        CONFLICT(Kind.CONFLICT);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }

        /** Whether the refusal is about the reason an officer gave for a reopening (not about the answers). */
        public boolean isAboutTheReason() {
            return this == REASON_REQUIRED || this == REASON_TOO_LONG;
        }
    }

    private final List<Question> unanswered;

    SelfAssessmentRefused(Code code, String message) {
        this(code, message, List.of());
    }

    private SelfAssessmentRefused(Code code, String message, List<Question> unanswered) {
        super(code, message);
        this.unanswered = List.copyOf(unanswered);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }

    /** The questions without an answer, for {@link Code#INCOMPLETE}; empty otherwise. */
    public List<Question> unanswered() {
        return unanswered;
    }

    static SelfAssessmentRefused locked(String structureId, String campaign) {
        return new SelfAssessmentRefused(Code.LOCKED, "L'auto-évaluation " + campaign + " de « " + structureId
                + " » est soumise : ses réponses sont verrouillées jusqu'à ce qu'un agent qualité de la Région la rouvre.");
    }

    static SelfAssessmentRefused incomplete(List<Question> unanswered) {
        return new SelfAssessmentRefused(Code.INCOMPLETE, unanswered.size() + " question(s) sans réponse : "
                + unanswered.stream().map(Question::code).collect(Collectors.joining(", ")) + ".", unanswered);
    }

    static SelfAssessmentRefused notStarted(String structureId, String campaign) {
        return new SelfAssessmentRefused(Code.NOT_STARTED, "Aucune réponse n'est enregistrée pour « " + structureId
                + " » et la campagne " + campaign + ".");
    }

    static SelfAssessmentRefused notSubmitted(String structureId, String campaign) {
        return new SelfAssessmentRefused(Code.NOT_SUBMITTED, "L'auto-évaluation " + campaign + " de « " + structureId
                + " » n'est pas soumise : il n'y a rien à rouvrir.");
    }

    static SelfAssessmentRefused reasonRequired() {
        return new SelfAssessmentRefused(Code.REASON_REQUIRED, "Indiquez le motif de la réouverture : il est conservé au journal.");
    }

    static SelfAssessmentRefused reasonTooLong(int maximum) {
        return new SelfAssessmentRefused(Code.REASON_TOO_LONG, "Le motif de la réouverture dépasse " + maximum + " caractères.");
    }

    static SelfAssessmentRefused alreadyDecided(String structureId, String campaign) {
        return new SelfAssessmentRefused(Code.ALREADY_DECIDED, "Une décision de label est déjà prise pour « " + structureId
                + " » (campagne " + campaign + ") : son auto-évaluation ne peut plus être rouverte.");
    }

    static SelfAssessmentRefused unknownCampaign(String campaign) {
        return new SelfAssessmentRefused(Code.UNKNOWN_CAMPAIGN, "Campagne inconnue : « " + campaign + " ».");
    }

    static SelfAssessmentRefused campaignClosed(String campaign) {
        return new SelfAssessmentRefused(Code.CAMPAIGN_CLOSED, "La campagne " + campaign
                + " est close : les réponses ne peuvent plus être modifiées ni soumises.");
    }

    static SelfAssessmentRefused invalidAnswer(String question, String value) {
        return new SelfAssessmentRefused(Code.INVALID_ANSWER, "Réponse « " + value + " » invalide pour la question « "
                + question + " ».");
    }

    static SelfAssessmentRefused conflict(String structureId, String campaign) {
        return new SelfAssessmentRefused(Code.CONFLICT, "L'auto-évaluation " + campaign + " de « " + structureId
                + " » a été modifiée entre-temps : rechargez-la avant de recommencer.");
    }
}
