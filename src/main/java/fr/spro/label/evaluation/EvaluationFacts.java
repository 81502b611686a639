package fr.spro.label.evaluation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.spro.label.activity.ActivityReport;
import fr.spro.label.assessment.Answer;
import fr.spro.label.assessment.EvidenceRef;
import fr.spro.label.evaluation.facts.Activity;
import fr.spro.label.evaluation.facts.Answers;
import fr.spro.label.evaluation.facts.Campaign;
import fr.spro.label.evaluation.facts.Case;
import fr.spro.label.evaluation.facts.LabelStatus;
import fr.spro.label.evaluation.facts.Structure;
import fr.spro.label.referential.PreviousActionPlan;
import fr.spro.label.referential.Question;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Public;

/**
 * The stored documents of a request turned into the case the rule files see. Conversion only:
 * an answer that is not given, or not a valid value, becomes {@code null} and the rules apply the
 * referential's missing-data rule to it.
 */
record EvaluationFacts(Case subject, Map<String, List<String>> evidenceLabels) {

    private static final Activity NOTHING_REPORTED = activity(null);

    static EvaluationFacts of(EvaluationRequest request) {
        MemberStructure s = request.structure();
        fr.spro.label.assessment.Campaign c = request.campaign();
        LocalDate reference = c.referenceDate() != null ? c.referenceDate() : LocalDate.of(c.year(), 12, 31);
        Map<String, Answer> given = request.selfAssessment() == null ? Map.of() : request.selfAssessment().answers();
        Case subject = new Case(
                new Structure(s.id(), s.membership(), s.network(), publics(s), s.charterSignedOn()),
                answers(given),
                request.activity() == null ? NOTHING_REPORTED : activity(request.activity()),
                new Campaign(c.id(), reference),
                new LabelStatus(request.priorLabel().lastDecision(), request.priorLabel().validUntil(),
                        request.priorLabel().labelledOn(reference)));
        return new EvaluationFacts(subject, evidenceLabels(given));
    }

    private static Set<Public> publics(MemberStructure structure) {
        Set<Public> publics = new HashSet<>(structure.publics());
        publics.remove(null);
        return publics;
    }

    private static Answers answers(Map<String, Answer> given) {
        Set<String> evidenced = new HashSet<>();
        given.forEach((code, answer) -> {
            if (answer != null && answer.hasEvidence() && Question.ofCode(code).isPresent()) {
                evidenced.add(code);
            }
        });
        return new Answers(
                yesNo(given, Question.FREE_OF_CHARGE),
                yesNo(given, Question.PREMISES_ACCESSIBLE),
                yesNo(given, Question.ACCESSIBILITY_REGISTER),
                yesNo(given, Question.ALTERNATIVE_RECEPTION),
                yesNo(given, Question.REMOTE_CHANNEL),
                yesNo(given, Question.ANTI_DISCRIMINATION_TRAINING),
                yesNo(given, Question.ANONYMOUS_FIRST_RECEPTION),
                yesNo(given, Question.CONFIDENTIALITY_RULES),
                yesNo(given, Question.NO_SELECTIVE_PROMOTION),
                yesNo(given, Question.VOLUNTARY_AND_FREE_CHOICE),
                yesNo(given, Question.GLOBAL_SITUATION_DIAGNOSIS),
                yesNo(given, Question.INFO_COVERS_ALL_DOMAINS),
                yesNo(given, Question.YOUTH_RIGHTS_INFO),
                yesNo(given, Question.PERSONALISED_ADVICE_OFFERED),
                yesNo(given, Question.REFERRAL_PROCEDURE),
                yesNo(given, Question.REGIONAL_TOOLS_PROMOTED),
                yesNo(given, Question.SPRO_IDENTITY_DISPLAYED),
                yesNo(given, Question.COMPLAINTS_PROCEDURE),
                yesNo(given, Question.PSAD_PARTICIPATION),
                previousActionPlan(given),
                evidenced);
    }

    private static Boolean yesNo(Map<String, Answer> given, Question question) {
        String value = value(given, question);
        if ("true".equals(value)) {
            return Boolean.TRUE;
        }
        return "false".equals(value) ? Boolean.FALSE : null;
    }

    private static PreviousActionPlan previousActionPlan(Map<String, Answer> given) {
        String value = value(given, Question.PREVIOUS_ACTION_PLAN);
        for (PreviousActionPlan plan : PreviousActionPlan.values()) {
            if (plan.name().equals(value)) {
                return plan;
            }
        }
        return null;
    }

    private static String value(Map<String, Answer> given, Question question) {
        Answer answer = given.get(question.code());
        return answer == null ? null : answer.value();
    }

    private static Activity activity(ActivityReport a) {
        if (a == null) {
            return new Activity(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null);
        }
        return new Activity(a.advisersFte(), a.openingHoursPerWeek(), a.weeksClosed(), a.firstAppointmentDelayDays(),
                a.infoResourcesUpdatedOn(), a.personalisedAdviceSessions(), a.referralsToMembers(),
                a.territorialMeetingsHeld(), a.territorialMeetingsAttended(), a.inspiringPracticeSessions(),
                a.coConstructedActions(), a.localPartnerships(), a.professionalisationParticipations(),
                a.sectorWebinarsAttended(), a.satisfactionRespondents(), a.satisfactionRate(), a.complaintsReceived(),
                a.complaintsAnswered30d(), a.companyEvents());
    }

    /** What a reader sees of the evidence of each answer that has some, by question code. */
    private static Map<String, List<String>> evidenceLabels(Map<String, Answer> given) {
        Map<String, List<String>> labels = new HashMap<>();
        given.forEach((code, answer) -> {
            if (answer != null && answer.hasEvidence()) {
                labels.put(code, answer.evidence().stream().map(EvidenceRef::label).toList());
            }
        });
        return labels;
    }
}
