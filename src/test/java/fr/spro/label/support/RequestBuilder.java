package fr.spro.label.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.spro.label.activity.ActivityReport;
import fr.spro.label.assessment.Answer;
import fr.spro.label.assessment.AssessmentStatus;
import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.EvidenceRef;
import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.evaluation.EvaluationRequest;
import fr.spro.label.evaluation.PriorLabel;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.Question;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Public;
import fr.spro.label.structure.Territory;

/**
 * Builds an evaluation request for campaign 2025 that starts conforming on every criterion and
 * changes one input at a time, named as the referential names them: {@code figure("weeks_closed", 4)},
 * {@code answer("remote_channel", false)}, {@code unanswered("free_of_charge")}.
 */
public final class RequestBuilder {

    public static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 12, 31);
    private static final Instant CREATED = Instant.parse("2025-01-02T08:00:00Z");
    private static final Set<String> EVIDENCED = Set.of("accessibility_register", "anti_discrimination_training",
            "confidentiality_rules", "referral_procedure", "spro_identity_displayed");

    private final String id;
    private Membership membership;
    private Network network;
    private Set<Public> publics = EnumSet.of(Public.YOUTH_16_30, Public.JOB_SEEKERS);
    private LocalDate charterSignedOn = LocalDate.of(2023, 3, 15);
    private PriorLabel priorLabel = PriorLabel.NONE;
    private final Map<String, Answer> answers = new LinkedHashMap<>();
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private boolean selfAssessment = true;
    private boolean activity = true;

    RequestBuilder(String id, Membership membership, Network network) {
        this.id = id;
        this.membership = membership;
        this.network = network;
        for (Question question : Question.values()) {
            if (question.isBoolean()) {
                answer(question.code(), true);
            }
        }
        answer("previous_action_plan", "DONE");
        figure("people_received", 1450);
        figure("advisers_fte", 6.5);
        figure("opening_hours_per_week", 35.0);
        figure("weeks_closed", 2);
        figure("first_appointment_delay_days", 6);
        figure("info_resources_updated_on", LocalDate.of(2025, 9, 1));
        figure("personalised_advice_sessions", 820);
        figure("referrals_to_members", 46);
        figure("territorial_meetings_held", 4);
        figure("territorial_meetings_attended", 4);
        figure("inspiring_practice_sessions", 2);
        figure("co_constructed_actions", 3);
        figure("local_partnerships", 5);
        figure("professionalisation_participations", 6);
        figure("sector_webinars_attended", 4);
        figure("satisfaction_respondents", 120);
        figure("satisfaction_rate", 91.5);
        figure("complaints_received", 10);
        figure("complaints_answered_30d", 10);
        figure("company_events", 7);
    }

    public RequestBuilder membership(Membership value) {
        membership = value;
        return this;
    }

    public RequestBuilder network(Network value) {
        network = value;
        return this;
    }

    public RequestBuilder publics(Public... values) {
        publics = values.length == 0 ? EnumSet.noneOf(Public.class) : EnumSet.of(values[0], values);
        return this;
    }

    public RequestBuilder charterSignedOn(LocalDate value) {
        charterSignedOn = value;
        return this;
    }

    public RequestBuilder labelledUntil(LocalDate validUntil) {
        priorLabel = new PriorLabel(LabelDecision.LABELLISE, validUntil.minusYears(3), validUntil);
        return this;
    }

    public RequestBuilder priorLabel(PriorLabel value) {
        priorLabel = value;
        return this;
    }

    /** A yes/no answer; the five answers that need evidence keep theirs. */
    public RequestBuilder answer(String question, boolean value) {
        return answer(question, String.valueOf(value));
    }

    public RequestBuilder answer(String question, String value) {
        List<EvidenceRef> evidence = EVIDENCED.contains(question)
                ? List.of(EvidenceRef.file("f-" + question, question + ".pdf", "application/pdf", 48_213, "ab12"))
                : List.of();
        answers.put(question, new Answer(value, null, evidence));
        return this;
    }

    public RequestBuilder unanswered(String question) {
        answers.remove(question);
        return this;
    }

    public RequestBuilder withoutEvidence(String question) {
        answers.computeIfPresent(question, (q, a) -> new Answer(a.value(), a.comment(), List.of()));
        return this;
    }

    public RequestBuilder withEvidence(String question, EvidenceRef... evidence) {
        answers.computeIfPresent(question, (q, a) -> new Answer(a.value(), a.comment(), List.of(evidence)));
        return this;
    }

    /** An activity figure by its import column name; {@code null} means not reported. */
    public RequestBuilder figure(String column, Object value) {
        figures.put(column, value);
        return this;
    }

    public RequestBuilder noSelfAssessment() {
        selfAssessment = false;
        return this;
    }

    public RequestBuilder noActivityReport() {
        activity = false;
        return this;
    }

    public MemberStructure structure() {
        return new MemberStructure(id, "Structure " + id, network, membership, Territory.DIJON_BEAUNE, null,
                "1 rue de la Liberté", "21000", "Dijon", new ArrayList<>(publics), charterSignedOn, null, null, null);
    }

    public EvaluationRequest build() {
        Campaign campaign = new Campaign("2025", 2025, REFERENCE_DATE, LocalDate.of(2025, 10, 31), null, CREATED);
        SelfAssessment assessment = selfAssessment ? new SelfAssessment(SelfAssessment.idOf(id, "2025"), id, "2025",
                AssessmentStatus.SUBMITTED, answers, CREATED, CREATED) : null;
        return new EvaluationRequest(structure(), campaign, assessment, activity ? activityReport() : null, priorLabel);
    }

    private ActivityReport activityReport() {
        Set<String> known = Set.of("people_received", "advisers_fte", "opening_hours_per_week", "weeks_closed",
                "first_appointment_delay_days", "info_resources_updated_on", "personalised_advice_sessions",
                "referrals_to_members", "territorial_meetings_held", "territorial_meetings_attended",
                "inspiring_practice_sessions", "co_constructed_actions", "local_partnerships",
                "professionalisation_participations", "sector_webinars_attended", "satisfaction_respondents",
                "satisfaction_rate", "complaints_received", "complaints_answered_30d", "company_events");
        figures.keySet().stream().filter(k -> !known.contains(k)).findFirst().ifPresent(unknown -> {
            throw new IllegalArgumentException("colonne d'activité inconnue : " + unknown);
        });
        return new ActivityReport(ActivityReport.idOf(id, "2025"), id, "2025",
                integer("people_received"), decimal("advisers_fte"), decimal("opening_hours_per_week"),
                integer("weeks_closed"), integer("first_appointment_delay_days"),
                (LocalDate) figures.get("info_resources_updated_on"), integer("personalised_advice_sessions"),
                integer("referrals_to_members"), integer("territorial_meetings_held"),
                integer("territorial_meetings_attended"), integer("inspiring_practice_sessions"),
                integer("co_constructed_actions"), integer("local_partnerships"),
                integer("professionalisation_participations"), integer("sector_webinars_attended"),
                integer("satisfaction_respondents"), decimal("satisfaction_rate"), integer("complaints_received"),
                integer("complaints_answered_30d"), integer("company_events"));
    }

    private Integer integer(String column) {
        Object value = figures.get(column);
        return value == null ? null : ((Number) value).intValue();
    }

    private Double decimal(String column) {
        Object value = figures.get(column);
        return value == null ? null : ((Number) value).doubleValue();
    }
}
