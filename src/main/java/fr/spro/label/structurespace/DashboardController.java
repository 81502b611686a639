package fr.spro.label.structurespace;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Locale;

import fr.spro.label.activity.ActivityQueries;
import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.assessment.SelfAssessmentWorkflow;
import fr.spro.label.evaluation.EvaluationStore;
import fr.spro.label.registry.Registry;
import fr.spro.label.security.AccountPrincipal;
import fr.spro.label.structure.MemberStructure;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The structure's dashboard, the page a STRUCTURE account lands on after signing in. */
@Controller
class DashboardController {

    static final String VIEW = "structurespace/showDashboard";

    private final SignedInStructure signedIn;
    private final Campaigns campaigns;
    private final SelfAssessmentWorkflow assessments;
    private final ActivityQueries activity;
    private final EvaluationStore evaluations;
    private final Registry registry;
    private final ActionPlansInForce actionPlans;
    private final Clock clock;

    DashboardController(SignedInStructure signedIn, Campaigns campaigns, SelfAssessmentWorkflow assessments,
                        ActivityQueries activity, EvaluationStore evaluations, Registry registry, ActionPlansInForce actionPlans,
                        Clock clock) {
        this.signedIn = signedIn;
        this.campaigns = campaigns;
        this.assessments = assessments;
        this.activity = activity;
        this.evaluations = evaluations;
        this.registry = registry;
        this.actionPlans = actionPlans;
        this.clock = clock;
    }

    @GetMapping("/mon-espace")
    String dashboard(@AuthenticationPrincipal AccountPrincipal account, Locale locale, Model model) {
        model.addAttribute("dashboard", dashboardOf(signedIn.of(account), locale));
        return VIEW;
    }

    private Dashboard dashboardOf(MemberStructure structure, Locale locale) {
        LocalDate today = SpaceDates.today(clock);
        Campaign campaign = campaigns.latestOpen().orElse(null);
        SelfAssessment assessment = campaign == null ? null : assessments.find(structure.id(), campaign.id()).orElse(null);
        String status = assessment == null ? "NOT_STARTED" : assessment.status().name();
        boolean reported = campaign != null && activity.find(structure.id(), campaign.id()).isPresent();
        Long daysLeft = campaign == null || campaign.deadline() == null ? null : ChronoUnit.DAYS.between(today, campaign.deadline());
        String latestResults = evaluations.campaignsOf(structure.id()).stream().max(Comparator.naturalOrder()).orElse(null);
        return new Dashboard(structure, campaign, status, assessment == null ? null : SpaceDates.day(assessment.submittedAt()),
                reported, daysLeft, registry.find(structure.id()).orElse(null), actionPlans.open(structure.id(), today, locale),
                latestResults);
    }
}
