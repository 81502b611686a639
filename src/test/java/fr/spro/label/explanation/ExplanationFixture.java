package fr.spro.label.explanation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.spro.label.activity.ActivityReport;
import fr.spro.label.activity.ActivityReports;
import fr.spro.label.assessment.Answer;
import fr.spro.label.assessment.AssessmentStatus;
import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.assessment.EvidenceRef;
import fr.spro.label.assessment.EvidenceStore;
import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.assessment.SelfAssessments;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.evaluation.EvaluationRequest;
import fr.spro.label.evaluation.PriorLabel;
import fr.spro.label.evaluation.RuleEngine;
import fr.spro.label.journal.Actor;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.review.CurrentEvaluations;
import fr.spro.label.review.Decision;
import fr.spro.label.review.Review;
import fr.spro.label.security.Role;
import fr.spro.label.security.UserAccounts;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Structures;
import fr.spro.label.structure.Territory;
import fr.spro.label.support.AccountFixture;
import fr.spro.label.support.CurrentEvaluationFixture;
import fr.spro.label.support.SpaceFixture;
import fr.spro.label.support.StructureFixture;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import fr.spro.label.support.MovableClock;

/**
 * A structure evaluated by the rules in force on real data and decided by an officer: submitted
 * answers with a PDF as evidence (stored, so with its SHA-256), an activity report whose weekly
 * opening hours (20 h) fall under the compliant threshold, the evaluation the rules make of it,
 * and the officer's decision on it.
 */
final class ExplanationFixture {

    static final String CAMPAIGN = "2025";
    /** 31 January 2026, 10:00 in Paris: one month later is the last day of February. */
    static final Instant ASKED_AT = Instant.parse("2026-01-31T09:00:00Z");
    static final double OPENING_HOURS = 20.0;
    static final String EVIDENCE_NAME = "registre-accessibilite.pdf";

    private ExplanationFixture() {
    }

    /** One decided structure, its STRUCTURE account, its evidence, evaluation and decision. */
    record Decided(MemberStructure structure, String username, EvidenceRef register, Evaluation evaluation, Decision decision) {

        String id() {
            return structure.id();
        }
    }

    /** A structure whose proposal the officer confirmed. */
    static Decided confirmed(ApplicationContext context, String structureId, String username) {
        return decided(context, structureId, username, null, null);
    }

    /**
     * @param replacement {@code null} to confirm the proposal
     */
    static Decided decided(ApplicationContext context, String structureId, String username, LabelDecision replacement,
                           String justification) {
        MemberStructure structure = evaluated(context, structureId, username);
        Evaluation evaluation = context.getBean(Evaluations.class).findById(Evaluation.idOf(structureId, CAMPAIGN)).orElseThrow();
        Decision decision = context.getBean(Review.class).decide(structureId, CAMPAIGN, replacement, justification,
                new Actor(AccountFixture.OFFICER, "127.0.0.1"), ExplanationDates.today(context.getBean(MovableClock.class)));
        EvidenceRef register = context.getBean(SelfAssessments.class).findById(SelfAssessment.idOf(structureId, CAMPAIGN)).orElseThrow()
                .answers().get("accessibility_register").evidence().get(0);
        return new Decided(structure, username, register, evaluation, decision);
    }

    /** A structure evaluated for the campaign by the rules in force, not decided. */
    static MemberStructure evaluated(ApplicationContext context, String structureId, String username) {
        MemberStructure structure = context.getBean(Structures.class).save(StructureFixture.member(structureId,
                "Mission locale " + structureId, "21000", "Dijon", Territory.DIJON_BEAUNE, Network.MISSION_LOCALE));
        AccountFixture.create(context.getBean(UserAccounts.class), context.getBean(PasswordEncoder.class), username, Role.STRUCTURE,
                structureId);
        Campaign campaign = context.getBean(Campaigns.class).ensure(Integer.parseInt(CAMPAIGN));
        EvidenceRef register = context.getBean(EvidenceStore.class).store(EVIDENCE_NAME, registerPdf());
        Map<String, Answer> answers = SpaceFixture.allAnswered();
        answers.put("accessibility_register", new Answer("true", null, List.of(register)));
        SelfAssessment assessment = context.getBean(SelfAssessments.class).save(new SelfAssessment(SelfAssessment.idOf(structureId, CAMPAIGN),
                structureId, CAMPAIGN, AssessmentStatus.SUBMITTED, answers, Instant.parse("2025-10-20T08:00:00Z"),
                Instant.parse("2025-10-20T08:00:00Z")));
        ActivityReport activity = context.getBean(ActivityReports.class).save(activity(structureId));
        Evaluation evaluation = context.getBean(RuleEngine.class).inForce()
                .evaluate(new EvaluationRequest(structure, campaign, assessment, activity, PriorLabel.NONE));
        CurrentEvaluationFixture.saveCurrent(context.getBean(Evaluations.class), context.getBean(CurrentEvaluations.class), evaluation);
        return structure;
    }

    /** Figures that comply everywhere but the weekly opening hours. */
    static ActivityReport activity(String structureId) {
        return new ActivityReport(ActivityReport.idOf(structureId, CAMPAIGN), structureId, CAMPAIGN, 1200, 8.5, OPENING_HOURS, 2, 7,
                LocalDate.of(2025, 9, 4), 1240, 86, 4, 4, 3, 2, 5, 6, 4, 212, 91.0, 12, 12, 7);
    }

    static RequestPostProcessor signedIn(ApplicationContext context, String username) {
        return user(context.getBean(UserDetailsService.class).loadUserByUsername(username));
    }

    private static byte[] registerPdf() {
        try {
            return new ClassPathResource("intake/cases/registre.pdf").getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
