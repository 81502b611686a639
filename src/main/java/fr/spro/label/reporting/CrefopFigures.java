package fr.spro.label.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import fr.spro.label.activity.ActivityReport;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.referential.Compliance;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.Theme;
import fr.spro.label.review.Decision;
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
 *     without one (listed by code, name, territory and network: the directory's summary, without
 *     address or contacts);</li>
 * <li>decisions: officers' decisions of the campaign by kind; "pending": evaluated, no decision yet;</li>
 * <li>eligible: evaluated MEMBER or ASSOCIATED whose charter was signed on or before the reference date;</li>
 * <li>labelled: eligible and holding a valid label on the reference date, as the public registry's
 *     label timeline replays the decisions of the campaigns up to this one ({@code LabelTimelines}): a
 *     grant (with or without conditions) still valid then counts, a label granted last year and not
 *     yet reviewed too, and so does one followed by a refusal or an adjournment (they leave a label in
 *     force as it is); a suspension or an expired label does not;</li>
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

    static final String REGION = "REGION";
    private static final Set<Membership> COUNTED = Set.of(Membership.MEMBER, Membership.ASSOCIATED);

    /** How many territories are shown as "Territoire d'Orientation". */
    public int territoiresOrientation() {
        return (int) territories.stream().filter(Scope::territoireOrientation).count();
    }

    private static boolean signedBy(MemberStructure structure, LocalDate referenceDate) {
        return structure.charterSignedOn() != null && !structure.charterSignedOn().isAfter(referenceDate);
    }

    /**
     * Counts the figures of one campaign while its structures go by, a page at a time: neither the
     * directory nor the campaign's evaluations are ever held whole (at 50,000 structures, only the
     * structures not evaluated are kept, for their list). Each structure is given once, with what
     * the campaign holds on it; then each evaluation of the campaign whose structure left the directory.
     */
    static final class Tallies {

        private final String campaign;
        private final LocalDate referenceDate;
        private final TerritoryIndicatorRule rule;
        private final Tally region = new Tally(REGION);
        private final Map<Territory, Tally> territories = new EnumMap<>(Territory.class);
        private final Map<Network, Tally> networks = new EnumMap<>(Network.class);
        private final List<MemberStructure> notEvaluated = new ArrayList<>();
        private final Set<String> ruleSetVersions = new TreeSet<>();

        Tallies(String campaign, LocalDate referenceDate, TerritoryIndicatorRule rule) {
            this.campaign = campaign;
            this.referenceDate = referenceDate;
            this.rule = rule;
            for (Territory territory : Territory.values()) {
                territories.put(territory, new Tally(territory.name()));
            }
        }

        /** Eligible: an evaluated member or associated member whose charter was signed by the reference date. */
        boolean eligible(MemberStructure structure, Evaluation evaluation) {
            return COUNTED.contains(structure.membership()) && evaluation != null && signedBy(structure, referenceDate);
        }

        /**
         * A structure of the directory with its evaluation, decision and activity report of the
         * campaign (each {@code null} when there is none) and whether it holds the label on the
         * reference date — the label module's answer, the registry's timeline. Resource partners
         * are not counted; an evaluation of one still counts in the Region's figures.
         */
        void structure(MemberStructure structure, Evaluation evaluation, Decision decision, boolean holdsLabel,
                       ActivityReport activity) {
            if (!COUNTED.contains(structure.membership())) {
                if (evaluation != null) {
                    evaluationOutsideTheDirectory(evaluation, decision);
                }
                return;
            }
            List<Tally> scopes = new ArrayList<>(List.of(region));
            if (structure.territory() != null) {
                scopes.add(territories.get(structure.territory()));
            }
            if (structure.network() != null) {
                scopes.add(networks.computeIfAbsent(structure.network(), n -> new Tally(n.name())));
            }
            boolean eligible = eligible(structure, evaluation);
            Integer meetingsHeld = activity == null ? null
                    : activity.territorialMeetingsHeld() == null ? rule.defaultMeetingsHeld() : activity.territorialMeetingsHeld();
            if (evaluation == null) {
                notEvaluated.add(structure);
            }
            for (Tally scope : scopes) {
                scope.directory(structure, evaluation == null, eligible, eligible && holdsLabel, meetingsHeld);
                if (evaluation != null) {
                    scope.evaluation(evaluation, decision);
                }
            }
            if (evaluation != null) {
                versionOf(evaluation);
            }
        }

        /**
         * An evaluation of the campaign whose structure is no longer in the directory (or is a
         * resource partner): only the Region's figures count it, so the Region's totals are the database's.
         */
        void evaluationOutsideTheDirectory(Evaluation evaluation, Decision decision) {
            region.evaluation(evaluation, decision);
            versionOf(evaluation);
        }

        private void versionOf(Evaluation evaluation) {
            if (evaluation.ruleSetVersion() != null) {
                ruleSetVersions.add(evaluation.ruleSetVersion());
            }
        }

        CrefopFigures figures() {
            List<MemberStructure> missing = new ArrayList<>(notEvaluated);
            missing.sort(Comparator.comparing((MemberStructure s) -> s.territory() == null ? Integer.MAX_VALUE : s.territory().ordinal())
                    .thenComparing(MemberStructure::name));
            return new CrefopFigures(campaign, referenceDate, region.scope(null, false),
                    territories.values().stream().map(t -> t.territoryScope(rule)).toList(),
                    networks.values().stream().map(n -> n.scope(null, false)).toList(),
                    List.copyOf(missing));
        }

        /** The rule-set versions of the campaign's evaluations ("2025.1"), usually one. */
        String ruleSetVersions() {
            return ruleSetVersions.isEmpty() ? "—" : String.join(", ", ruleSetVersions);
        }
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
