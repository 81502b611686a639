package fr.spro.label.evaluation.facts;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

import fr.spro.label.referential.PreviousActionPlan;

/**
 * The self-assessment answers ({@code q.xxx}): one component per question, named as the question
 * code in camel case ({@code free_of_charge} is {@code freeOfCharge}); {@code null} when the
 * question was not answered.
 *
 * @param evidenced the codes of the answers that carry at least one piece of evidence
 */
public record Answers(
        Boolean freeOfCharge,
        Boolean premisesAccessible,
        Boolean accessibilityRegister,
        Boolean alternativeReception,
        Boolean remoteChannel,
        Boolean antiDiscriminationTraining,
        Boolean anonymousFirstReception,
        Boolean confidentialityRules,
        Boolean noSelectivePromotion,
        Boolean voluntaryAndFreeChoice,
        Boolean globalSituationDiagnosis,
        Boolean infoCoversAllDomains,
        Boolean youthRightsInfo,
        Boolean personalisedAdviceOffered,
        Boolean referralProcedure,
        Boolean regionalToolsPromoted,
        Boolean sproIdentityDisplayed,
        Boolean complaintsProcedure,
        Boolean psadParticipation,
        PreviousActionPlan previousActionPlan,
        Set<String> evidenced) {

    public Answers {
        // Sorted, so that the facts read the same in every run (the inputs digest relies on it).
        evidenced = evidenced == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(evidenced));
    }
}
