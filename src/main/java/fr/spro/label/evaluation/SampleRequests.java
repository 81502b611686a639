package fr.spro.label.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import fr.spro.label.activity.ActivityReport;
import fr.spro.label.assessment.Answer;
import fr.spro.label.assessment.AssessmentStatus;
import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.EvidenceRef;
import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.PreviousActionPlan;
import fr.spro.label.referential.Question;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Public;
import fr.spro.label.structure.Territory;

/**
 * Reproducible sample structures for trying a rule set: every value of every input shows up,
 * with the referential's threshold edges (23.9 / 24 h, 3 / 4 / 6 / 7 weeks, 10 / 11 / 20 / 21 days,
 * 365 / 366 days, 3 of 4 meetings, ...) far more often than chance would give them, and every
 * input sometimes missing. Used to check a rule set before it is activated, and by the tests and
 * the benchmark as a stream of realistic and awkward cases.
 */
final class SampleRequests {

    private static final Network[] NETWORKS = Network.values();
    private static final Public[] PUBLICS = Public.values();
    private static final Territory[] TERRITORIES = Territory.values();
    private static final PreviousActionPlan[] PLANS = PreviousActionPlan.values();
    private static final Instant CREATED = Instant.parse("2025-01-01T00:00:00Z");

    private final Random random;
    /** The share of inputs of the current structure drawn at random rather than conforming. */
    private double spoil;

    private SampleRequests(Random random) {
        this.random = random;
    }

    static List<EvaluationRequest> generate(long seed, int count) {
        SampleRequests samples = new SampleRequests(new Random(seed));
        List<EvaluationRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(samples.next(i));
        }
        return requests;
    }

    private EvaluationRequest next(int index) {
        int year = chance(0.8) ? 2025 : 2024;
        Campaign campaign = new Campaign(String.valueOf(year), year, LocalDate.of(year, 12, 31),
                LocalDate.of(year, 10, 31), null, CREATED);
        String id = "S-" + index;
        // From structures that meet nearly every criterion to structures where anything goes, so that
        // every decision shows up, the mild ones (labelled, with or without conditions) included.
        spoil = pick(0.0, 0.02, 0.04, 0.08, 0.15, 0.3, 0.6, 1.0);
        MemberStructure structure = structure(id, campaign.referenceDate());
        SelfAssessment assessment = chance(0.03) ? null : assessment(id, campaign.id());
        ActivityReport activity = chance(0.03) ? null : activity(id, campaign.id(), campaign.referenceDate());
        return new EvaluationRequest(structure, campaign, assessment, activity, priorLabel(campaign.referenceDate()));
    }

    private MemberStructure structure(String id, LocalDate reference) {
        EnumSet<Public> publics = EnumSet.noneOf(Public.class);
        for (Public p : PUBLICS) {
            if (chance(0.4)) {
                publics.add(p);
            }
        }
        LocalDate charter = pick(null, reference, reference.plusDays(1), reference.minusYears(2),
                reference.minusDays(random.nextInt(2000)), reference.minusDays(random.nextInt(2000)),
                reference.minusDays(random.nextInt(2000)), reference.minusDays(random.nextInt(2000)),
                reference.minusDays(random.nextInt(2000)), reference.minusDays(random.nextInt(2000)),
                reference.minusDays(random.nextInt(2000)), reference.minusDays(random.nextInt(2000)));
        return new MemberStructure(id, "Structure " + id, NETWORKS[random.nextInt(NETWORKS.length)],
                chance(0.7) ? Membership.MEMBER : Membership.ASSOCIATED, TERRITORIES[random.nextInt(TERRITORIES.length)],
                null, null, "21000", "Dijon", new ArrayList<>(publics), charter, null, null, null);
    }

    private SelfAssessment assessment(String id, String campaign) {
        Map<String, Answer> answers = new HashMap<>();
        for (Question question : Question.values()) {
            boolean spoilt = chance(spoil);
            if (spoilt && chance(0.1)) {
                continue;
            }
            String value;
            if (question.isBoolean()) {
                value = String.valueOf(!spoilt || chance(0.6));
            } else {
                value = !spoilt ? PreviousActionPlan.DONE.name() : chance(0.05) ? "UNKNOWN" : PLANS[random.nextInt(PLANS.length)].name();
            }
            List<EvidenceRef> evidence = !spoilt || chance(0.6)
                    ? List.of(EvidenceRef.link("https://exemple.fr/" + id + "/" + question.code()))
                    : List.of();
            answers.put(question.code(), new Answer(value, null, evidence));
        }
        return new SelfAssessment(SelfAssessment.idOf(id, campaign), id, campaign, AssessmentStatus.SUBMITTED,
                answers, CREATED, CREATED);
    }

    private ActivityReport activity(String id, String campaign, LocalDate reference) {
        Integer held = figure(4, () -> pick(null, null, 0, 4, 4, random.nextInt(13)));
        int heldOrDefault = held == null ? 4 : held;
        Integer attended = figure(heldOrDefault, () -> pick(0, heldOrDefault, heldOrDefault / 2, (heldOrDefault * 3 + 3) / 4,
                heldOrDefault * 3 / 4, random.nextInt(heldOrDefault + 1)));
        Integer received = figure(12, () -> pick(0, 0, 10, 20, 1 + random.nextInt(40)));
        int receivedOrZero = received == null ? 0 : received;
        Integer answered = figure(receivedOrZero, () -> pick(receivedOrZero, receivedOrZero * 9 / 10, receivedOrZero * 7 / 10,
                Math.max(0, receivedOrZero * 9 / 10 - 1), Math.max(0, receivedOrZero * 7 / 10 - 1),
                random.nextInt(receivedOrZero + 1)));
        return new ActivityReport(ActivityReport.idOf(id, campaign), id, campaign,
                figure(900, () -> random.nextInt(5000)),
                figure(6.0, () -> pick(0.5, 1.0, 4.0, 4.5, 5.0, 6.0, 10.5, (1 + random.nextInt(30)) / 2.0)),
                figure(35.0, () -> pick(14.9, 15.0, 23.9, 24.0, 0.0, 35.0, random.nextInt(600) / 10.0)),
                figure(2, () -> pick(0, 3, 4, 6, 7, random.nextInt(12))),
                figure(7, () -> pick(10, 11, 20, 21, 0, random.nextInt(40))),
                figure(reference.minusMonths(4), () -> pick(reference.minusDays(365), reference.minusDays(366),
                        reference.minusDays(364), reference, reference.minusDays(random.nextInt(800)))),
                figure(400, () -> pick(0, 1, random.nextInt(500))),
                figure(30, () -> pick(0, 1, random.nextInt(100))),
                held, attended,
                figure(2, () -> pick(0, 1, random.nextInt(6))),
                figure(2, () -> pick(0, 1, random.nextInt(6))),
                figure(3, () -> pick(0, 1, random.nextInt(6))),
                figure(5, () -> pick(0, 1, 2, 3, random.nextInt(9))),
                figure(4, () -> pick(2, 3, random.nextInt(7))),
                figure(80, () -> pick(9, 10, random.nextInt(200))),
                figure(88.5, () -> pick(59.9, 60.0, 79.9, 80.0, random.nextInt(1001) / 10.0)),
                received, answered,
                figure(4, () -> pick(0, 1, random.nextInt(10))));
    }

    /** The conforming value, or for a spoilt input one of the edge or random values, or nothing one time in twelve. */
    private <T> T figure(T conforming, Supplier<T> spoilt) {
        if (!chance(spoil)) {
            return conforming;
        }
        return chance(1.0 / 12) ? null : spoilt.get();
    }

    private PriorLabel priorLabel(LocalDate reference) {
        return switch (random.nextInt(6)) {
            case 0, 1 -> PriorLabel.NONE;
            case 2 -> new PriorLabel(LabelDecision.LABELLISE, reference.minusYears(1), reference.plusYears(2));
            case 3 -> new PriorLabel(LabelDecision.LABELLISE_SOUS_CONDITIONS, reference.minusYears(3), reference);
            case 4 -> new PriorLabel(LabelDecision.LABELLISE, reference.minusYears(3).minusDays(1), reference.minusDays(1));
            default -> new PriorLabel(pick(LabelDecision.REFUSE, LabelDecision.AJOURNE, LabelDecision.SUSPENDU),
                    reference.minusYears(1), null);
        };
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }
}
