package fr.spro.label.explanation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.assessment.SelfAssessmentQueries;
import fr.spro.label.evaluation.ActiveReferential;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.EvaluationStore;
import fr.spro.label.explanation.ExplanationRefused.Code;
import fr.spro.label.journal.Actor;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.reporting.ExplanationDocuments;
import fr.spro.label.reporting.StoredDocument;
import fr.spro.label.review.Decision;
import fr.spro.label.review.DecisionQueries;
import fr.spro.label.structure.Directory;
import fr.spro.label.structure.MemberStructure;
import org.springframework.stereotype.Service;

/**
 * The requests for the explanation of a decision and their answers: a structure asks, the
 * explanation is prepared and frozen at once (its PDF stored), an officer sends it. Both steps are
 * journaled. Without transactions on the embedded store, each write is one document and guarded
 * ({@link ExplanationStore}): two requests for the same decision keep one, two sendings send once.
 */
@Service
class Explanations {

    /** Longest message a structure may join to its request. */
    static final int MAX_MESSAGE = 1_000;
    /** Longest note an officer may join to the explanation sent. */
    static final int MAX_NOTE = 2_000;

    private final ExplanationStore store;
    private final DecisionQueries decisions;
    private final EvaluationStore evaluations;
    private final SelfAssessmentQueries assessments;
    private final Directory directory;
    private final ActiveReferential referential;
    private final ExplanationPreparation preparation;
    private final ExplanationWording wording;
    private final ExplanationDocuments documents;
    private final Journal journal;
    private final Clock clock;

    Explanations(ExplanationStore store, DecisionQueries decisions, EvaluationStore evaluations,
                 SelfAssessmentQueries assessments, Directory directory, ActiveReferential referential,
                 ExplanationPreparation preparation, ExplanationWording wording, ExplanationDocuments documents, Journal journal,
                 Clock clock) {
        this.store = store;
        this.decisions = decisions;
        this.evaluations = evaluations;
        this.assessments = assessments;
        this.directory = directory;
        this.referential = referential;
        this.preparation = preparation;
        this.wording = wording;
        this.documents = documents;
        this.journal = journal;
        this.clock = clock;
    }

    /** A request, and whether this call made it (or found it made before). */
    record Asked(ExplanationRequest request, boolean made) {
    }

    /**
     * The structure asks for the explanation of its decision for the campaign: prepared and frozen
     * now, due {@code explanation.period} (rule set in force) after today. Asking again for the same
     * decision gives the request already made.
     *
     * @param structure the structure's account, as the journal names it
     * @throws ExplanationRefused {@code NO_DECISION}, {@code NOT_EVALUATED} or {@code MESSAGE_TOO_LONG}
     */
    Asked ask(String structureId, String campaign, String message, Actor structure) {
        Decision decision = decisions.find(structureId, campaign).orElseThrow(() -> new ExplanationRefused(Code.NO_DECISION,
                "Aucune décision n'a été prise pour la structure " + structureId + " et la campagne " + campaign));
        String id = ExplanationRequest.idOf(structureId, campaign, decision.decidedAt());
        Optional<ExplanationRequest> existing = store.find(id);
        if (existing.isPresent()) {
            return new Asked(existing.get(), false);
        }
        String text = message == null ? "" : message.strip();
        if (text.length() > MAX_MESSAGE) {
            throw new ExplanationRefused(Code.MESSAGE_TOO_LONG, "Le message compte " + text.length() + " caractères : "
                    + MAX_MESSAGE + " au plus.");
        }
        Evaluation evaluation = evaluations.find(structureId, campaign).orElseThrow(() -> new ExplanationRefused(Code.NOT_EVALUATED,
                "La décision de la structure " + structureId + " pour la campagne " + campaign + " n'a pas d'évaluation"));
        SelfAssessment assessment = assessments.find(structureId, campaign).orElse(null);
        // Millisecond precision: what the store keeps, so the request reads back as it was written.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = ExplanationDates.today(clock);
        LocalDate due = today.plus(referential.catalogue().periods().explanation());
        String name = directory.find(structureId).map(MemberStructure::name).orElse(structureId);
        ExplanationRequest prepared = new ExplanationRequest(id, structureId, campaign, name, decision.decidedAt(), structure.name(),
                text.isEmpty() ? null : text, today, now, due, ExplanationRequest.Status.PENDING,
                preparation.prepare(decision, evaluation, assessment, now), null, null, null, null, null, null);
        StoredDocument pdf = documents.store(wording.sheet(prepared, ExplanationDocuments.DOCUMENT_LOCALE));
        ExplanationRequest request = prepared.withDocument(pdf.documentId(), pdf.sha256());
        if (!store.insert(request)) {
            // The same decision asked about at the same time (two tabs): the first request stays, its PDF with it.
            return new Asked(store.find(id).orElseThrow(), false);
        }
        journal.record(structure, JournalAction.EXPLANATION_REQUESTED, subject(request), null,
                "échéance " + due + ", document " + pdf.documentId());
        return new Asked(request, true);
    }

    /** The request about the decision in force for this structure and campaign, if one was made. */
    Optional<ExplanationRequest> current(String structureId, String campaign) {
        return decisions.find(structureId, campaign)
                .flatMap(decision -> store.find(ExplanationRequest.idOf(structureId, campaign, decision.decidedAt())));
    }

    /**
     * An officer sends the prepared explanation, with an optional note: the structure reads it from
     * now on and the request leaves the pending list.
     *
     * @throws ExplanationRefused {@code NOT_REQUESTED}, {@code NOTE_TOO_LONG} or {@code ALREADY_SENT}
     */
    ExplanationRequest send(String structureId, String campaign, String note, Actor officer) {
        ExplanationRequest request = current(structureId, campaign).orElseThrow(() -> new ExplanationRefused(Code.NOT_REQUESTED,
                "Aucune explication n'a été demandée pour la structure " + structureId + " et la campagne " + campaign));
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) {
            throw new ExplanationRefused(Code.NOTE_TOO_LONG, "Le message compte " + text.length() + " caractères : " + MAX_NOTE + " au plus.");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (!store.markSent(request.id(), officer.name(), ExplanationDates.today(clock), now, text.isEmpty() ? null : text)) {
            throw new ExplanationRefused(Code.ALREADY_SENT, "L'explication demandée par la structure " + structureId
                    + " pour la campagne " + campaign + " a déjà été envoyée");
        }
        journal.record(officer, JournalAction.EXPLANATION_SENT, subject(request), ExplanationRequest.Status.PENDING.name(),
                ExplanationRequest.Status.SENT.name());
        return store.find(request.id()).orElseThrow();
    }

    /** The PDF of a request, as it was stored when it was prepared. */
    Optional<byte[]> pdf(ExplanationRequest request) {
        return documents.find(request.documentId()).map(documents::content);
    }

    private static String subject(ExplanationRequest request) {
        return request.structureId() + "/" + request.campaign();
    }
}
