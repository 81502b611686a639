package fr.spro.label.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.spro.label.activity.ActivityReport;
import fr.spro.label.audit.Decision;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.LabelState;
import fr.spro.label.referential.Compliance;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.Theme;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Territory;

/**
 * The figures of the CREFOP report for one campaign: for the Region, each territory and each
 * network. How the referential's terms are read:
 * <ul>
 * <li>members and associated members: structures of the directory with membership MEMBER or ASSOCIATED
 *     (resource partners are never evaluated and not counted);</li>
 * <li>evaluated: an evaluation of the campaign exists; not evaluated: a member or associated member
 *     without one (listed by name);</li>
 * <li>decisions: officers' decisions of the campaign by kind; "pending": evaluated, no decision yet;</li>
 * <li>eligible: evaluated MEMBER or ASSOCIATED whose charter was signed on or before the reference date;</li>
 * <li>labelled: eligible and holding a valid label on the reference date, i.e. its latest decision up
 *     to this campaign grants the label (with or without conditions) and is still valid then — a label
 *     granted last year and not yet reviewed counts, a suspension does not;</li>
 * <li>average scores: mean of the evaluations' theme scores, over the evaluations that have one;</li>
 * <li>meetings held: the maximum {@code territorial_meetings_held} reported by the territory's members
 *     and associated members for the campaign, an empty figure counting as the rule's default; no
 *     report at all means unknown, which never makes a "Territoire d'Orientation".</li>
 * </ul>
 * The Region's evaluated count covers every evaluation of the campaign, so it equals the database's.
 * Public so the CREFOP space shows the very figures of the report (read them through
 * {@link CrefopReport#figures}); only this class computes them.
 */
public record CrefopFigures(String campaign, LocalDate referenceDate, Scope region, List<Scope> territories, List<Scope> networks,
                     List<MemberStructure> notEvaluated) {

    /** The figures of one scope: the Region, a territory or a network ({@code code} is its enum name). */
    public record Scope(String code, int members, int associated, int evaluated, int notEvaluated,
                 Map<Compliance, Integer> compliance, Map<LabelDecision, Integer> decisions, int pending,
                 int eligible, int labelled, Map<Theme, Double> averageScores, Double averageOverall,
                 Integer meetingsHeld, boolean territoireOrientation) {

        /** Share of eligible structures labelled, or {@code null} when none is eligible. */
        public Double labelledShare() {
            return eligible == 0 ? null : (double) labelled / eligible;
        }

        public int compliance(Compliance kind) {
            return compliance.getOrDefault(kind, 0);
        }

        public int decisions(LabelDecision kind) {
            return decisions.getOrDefault(kind, 0);
        }
    }

    /** Everything the figures are computed from, as read from the database. */
    record Inputs(String campaign, LocalDate referenceDate, List<MemberStructure> structures, List<Evaluation> evaluations,
                  List<Decision> decisionsUpToCampaign, List<ActivityReport> activity) {
    }

    static final String REGION = "REGION";
    private static final Set<Membership> COUNTED = Set.of(Membership.MEMBER, Membership.ASSOCIATED);

    static CrefopFigures compute(Inputs inputs, TerritoryIndicatorRule rule) {
        Map<String, MemberStructure> structures = inputs.structures().stream()
                .collect(Collectors.toMap(MemberStructure::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, Evaluation> evaluations = inputs.evaluations().stream()
                .collect(Collectors.toMap(Evaluation::structureId, Function.identity(), (a, b) -> a));
        Map<String, Decision> decisions = new HashMap<>();
        Map<String, Decision> latest = new HashMap<>();
        int year = Integer.parseInt(inputs.campaign());
        for (Decision decision : inputs.decisionsUpToCampaign()) {
            if (inputs.campaign().equals(decision.campaign())) {
                decisions.put(decision.structureId(), decision);
            }
            if (Integer.parseInt(decision.campaign()) <= year) {
                latest.merge(decision.structureId(), decision,
                        (a, b) -> Integer.parseInt(a.campaign()) >= Integer.parseInt(b.campaign()) ? a : b);
            }
        }
        Map<String, Integer> meetingsHeld = new HashMap<>();
        for (ActivityReport report : inputs.activity()) {
            meetingsHeld.put(report.structureId(),
                    report.territorialMeetingsHeld() == null ? rule.defaultMeetingsHeld() : report.territorialMeetingsHeld());
        }
        Tally region = new Tally(REGION);
        Map<Territory, Tally> territories = new EnumMap<>(Territory.class);
        Map<Network, Tally> networks = new EnumMap<>(Network.class);
        for (Territory territory : Territory.values()) {
            territories.put(territory, new Tally(territory.name()));
        }
        List<MemberStructure> notEvaluated = new ArrayList<>();
        for (MemberStructure structure : structures.values()) {
            if (!COUNTED.contains(structure.membership())) {
                continue;
            }
            List<Tally> scopes = new ArrayList<>(List.of(region));
            if (structure.territory() != null) {
                scopes.add(territories.get(structure.territory()));
            }
            if (structure.network() != null) {
                scopes.add(networks.computeIfAbsent(structure.network(), n -> new Tally(n.name())));
            }
            Evaluation evaluation = evaluations.get(structure.id());
            boolean eligible = evaluation != null && signedBy(structure, inputs.referenceDate());
            boolean labelled = eligible && latest.containsKey(structure.id()) && holdsLabel(latest.get(structure.id()), inputs.referenceDate());
            if (evaluation == null) {
                notEvaluated.add(structure);
            }
            for (Tally scope : scopes) {
                scope.directory(structure, evaluation == null, eligible, labelled, meetingsHeld.get(structure.id()));
            }
        }
        // Every evaluation of the campaign counts in the Region's figures, even one whose structure left
        // the directory, so the Region's totals are the database's.
        for (Evaluation evaluation : inputs.evaluations()) {
            MemberStructure structure = structures.get(evaluation.structureId());
            Decision decision = decisions.get(evaluation.structureId());
            region.evaluation(evaluation, decision);
            if (structure != null && COUNTED.contains(structure.membership())) {
                if (structure.territory() != null) {
                    territories.get(structure.territory()).evaluation(evaluation, decision);
                }
                if (structure.network() != null) {
                    networks.computeIfAbsent(structure.network(), n -> new Tally(n.name())).evaluation(evaluation, decision);
                }
            }
        }
        notEvaluated.sort(Comparator.comparing((MemberStructure s) -> s.territory() == null ? Integer.MAX_VALUE : s.territory().ordinal())
                .thenComparing(MemberStructure::name));
        return new CrefopFigures(inputs.campaign(), inputs.referenceDate(), region.scope(null, false),
                territories.values().stream().map(t -> t.territoryScope(rule)).toList(),
                networks.values().stream().map(n -> n.scope(null, false)).toList(),
                List.copyOf(notEvaluated));
    }

    /** How many territories are shown as "Territoire d'Orientation". */
    public int territoiresOrientation() {
        return (int) territories.stream().filter(Scope::territoireOrientation).count();
    }

    private static boolean signedBy(MemberStructure structure, LocalDate referenceDate) {
        return structure.charterSignedOn() != null && !structure.charterSignedOn().isAfter(referenceDate);
    }

    private static boolean holdsLabel(Decision decision, LocalDate referenceDate) {
        return new LabelState(decision.decision(), decision.decidedOn(), decision.validUntil()).labelledOn(referenceDate);
    }

    /** Counts of one scope while the structures and evaluations go by. */
    private static final class Tally {

        private final String code;
        private int members;
        private int associated;
        private int evaluated;
        private int notEvaluated;
        private final Map<Compliance, Integer> compliance = new EnumMap<>(Compliance.class);
        private final Map<LabelDecision, Integer> decisions = new EnumMap<>(LabelDecision.class);
        private int pending;
        private int eligible;
        private int labelled;
        private final Map<Theme, double[]> scoreSums = new EnumMap<>(Theme.class);
        private final double[] overallSum = new double[2];
        private Integer meetingsHeld;

        Tally(String code) {
            this.code = code;
        }

        void directory(MemberStructure structure, boolean missing, boolean isEligible, boolean isLabelled, Integer meetings) {
            if (structure.membership() == Membership.MEMBER) {
                members++;
            } else {
                associated++;
            }
            notEvaluated += missing ? 1 : 0;
            eligible += isEligible ? 1 : 0;
            labelled += isLabelled ? 1 : 0;
            if (meetings != null) {
                meetingsHeld = meetingsHeld == null ? meetings : Math.max(meetingsHeld, meetings);
            }
        }

        void evaluation(Evaluation evaluation, Decision decision) {
            evaluated++;
            if (evaluation.compliance() != null) {
                compliance.merge(evaluation.compliance(), 1, Integer::sum);
            }
            if (decision == null) {
                pending++;
            } else {
                decisions.merge(decision.decision(), 1, Integer::sum);
            }
            for (Theme theme : Theme.values()) {
                Double score = evaluation.scores().get(theme.name());
                if (score != null) {
                    double[] sum = scoreSums.computeIfAbsent(theme, t -> new double[2]);
                    sum[0] += score;
                    sum[1]++;
                }
            }
            Double overall = evaluation.scores().get(AuditViews.OVERALL);
            if (overall != null) {
                overallSum[0] += overall;
                overallSum[1]++;
            }
        }

        Scope territoryScope(TerritoryIndicatorRule rule) {
            Double share = eligible == 0 ? null : (double) labelled / eligible;
            return scope(meetingsHeld, rule.isTerritoireOrientation(share, meetingsHeld));
        }

        Scope scope(Integer meetings, boolean territoireOrientation) {
            Map<Theme, Double> averages = new EnumMap<>(Theme.class);
            scoreSums.forEach((theme, sum) -> averages.put(theme, sum[0] / sum[1]));
            return new Scope(code, members, associated, evaluated, notEvaluated, Map.copyOf(compliance), Map.copyOf(decisions),
                    pending, eligible, labelled, averages, overallSum[1] == 0 ? null : overallSum[0] / overallSum[1],
                    meetings, territoireOrientation);
        }
    }
}
