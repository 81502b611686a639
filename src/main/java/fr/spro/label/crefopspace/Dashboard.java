package fr.spro.label.crefopspace;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

import fr.spro.label.crefopspace.Chart.Bar;
import fr.spro.label.referential.Compliance;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.reporting.CrefopFigures;
import fr.spro.label.reporting.CrefopFigures.Scope;
import fr.spro.label.reporting.CrefopReport;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Territory;

/**
 * The regional dashboard of one campaign, ready for the page: the CREFOP report's figures (taken
 * as {@link CrefopReport} computes them) laid out as key figures, charts and tables, numbers
 * written the reader's way (French or English). Labels are message keys; the page translates them.
 */
record Dashboard(String campaign, String previousCampaign, LocalDate referenceDate, String ruleSetVersions,
                 String minLabelledShare, int minMeetingsHeld, int territoiresOrientation, int territories,
                 String regionLabelledShare, List<KeyFigure> keyFigures, Chart territoryChart, Chart networkChart,
                 Chart decisionChart, Chart yearChart, List<ScopeRow> territoryRows, List<ScopeRow> networkRows, ScopeRow regionRow,
                 List<DecisionRow> decisionRows, List<YearRow> yearRows, List<MemberStructure> notEvaluated) {

    /** One line of the key figures: this campaign, the previous one, and the change. */
    record KeyFigure(String labelKey, String argumentKey, String current, String previous, String change) {
    }

    /** The figures of one territory, network or the Region. */
    record ScopeRow(String code, String labelKey, int members, int associated, int evaluated, int notEvaluated, int conformes,
                    int partiallyConformes, int nonConformes, List<Integer> decisions, int pending, int eligible, int labelled,
                    String labelledShare, String averageOverall, String meetingsHeld, Boolean territoireOrientation) {
    }

    /** How many structures got one decision this campaign. */
    record DecisionRow(String labelKey, int structures) {
    }

    /** One campaign of the year-over-year comparison. */
    record YearRow(String campaign, int evaluated, int eligible, int labelled, String labelledShare, int territoiresOrientation,
                   String averageOverall) {
    }

    /** @param pointsUnit how the reader abbreviates percentage points ("pts") */
    static Dashboard of(CrefopReport.Comparison comparison, List<CrefopFigures> years, Locale locale, String pointsUnit) {
        Numbers numbers = new Numbers(locale, pointsUnit);
        CrefopFigures now = comparison.current();
        CrefopFigures before = comparison.previous();
        double minShare = comparison.rule().minLabelledShare();
        List<ScopeRow> territoryRows = now.territories().stream().map(s -> row(s, "territory." + s.code(), true, numbers)).toList();
        List<ScopeRow> networkRows = now.networks().stream().map(s -> row(s, "network." + s.code(), false, numbers)).toList();
        return new Dashboard(now.campaign(), before == null ? null : before.campaign(), now.referenceDate(), comparison.ruleSetVersions(),
                numbers.percent(minShare), comparison.rule().minMeetingsHeld(), now.territoiresOrientation(), Territory.values().length,
                numbers.percent(now.region().labelledShare()), keyFigures(now, before, numbers),
                shareChart("chart-territories", now.territories(), "territory.", minShare, true, numbers),
                shareChart("chart-networks", now.networks(), "network.", null, false, numbers),
                decisionChart(now.region()), yearChart(years, numbers), territoryRows, networkRows,
                row(now.region(), "crefop.region", false, numbers), decisionRows(now.region()), yearRows(years, numbers),
                now.notEvaluated());
    }

    /** The decision kinds in the order of the decision columns and chart. */
    static List<LabelDecision> decisionKinds() {
        return List.of(LabelDecision.values());
    }

    private static List<KeyFigure> keyFigures(CrefopFigures now, CrefopFigures before, Numbers numbers) {
        Scope n = now.region();
        Scope b = before == null ? null : before.region();
        List<KeyFigure> figures = new ArrayList<>();
        figures.add(count("crefop.key.members", null, n, b, Scope::members));
        figures.add(count("crefop.key.associated", null, n, b, Scope::associated));
        figures.add(count("crefop.key.evaluated", null, n, b, Scope::evaluated));
        figures.add(count("crefop.key.not-evaluated", null, n, b, Scope::notEvaluated));
        for (Compliance compliance : Compliance.values()) {
            figures.add(count("crefop.key.compliance", "compliance." + compliance.name(), n, b, s -> s.compliance(compliance)));
        }
        for (LabelDecision decision : LabelDecision.values()) {
            figures.add(count("crefop.key.decision", "label-decision." + decision.name(), n, b, s -> s.decisions(decision)));
        }
        figures.add(count("crefop.key.pending", null, n, b, Scope::pending));
        figures.add(count("crefop.key.eligible", null, n, b, Scope::eligible));
        figures.add(count("crefop.key.labelled", null, n, b, Scope::labelled));
        figures.add(new KeyFigure("crefop.key.labelled-share", null, numbers.percent(n.labelledShare()),
                b == null ? numbers.none() : numbers.percent(b.labelledShare()),
                b == null ? numbers.none() : numbers.points(n.labelledShare(), b.labelledShare())));
        figures.add(new KeyFigure("crefop.key.overall", null, numbers.decimal(n.averageOverall()),
                b == null ? numbers.none() : numbers.decimal(b.averageOverall()),
                b == null ? numbers.none() : numbers.difference(n.averageOverall(), b.averageOverall())));
        int territories = Territory.values().length;
        figures.add(new KeyFigure("crefop.key.territoires", null, now.territoiresOrientation() + " / " + territories,
                before == null ? numbers.none() : before.territoiresOrientation() + " / " + territories,
                before == null ? numbers.none() : Numbers.signed(now.territoiresOrientation() - before.territoiresOrientation())));
        return figures;
    }

    private static KeyFigure count(String labelKey, String argumentKey, Scope now, Scope before, ToIntFunction<Scope> figure) {
        int value = figure.applyAsInt(now);
        return new KeyFigure(labelKey, argumentKey, String.valueOf(value),
                before == null ? Numbers.NONE : String.valueOf(figure.applyAsInt(before)),
                before == null ? Numbers.NONE : Numbers.signed(value - figure.applyAsInt(before)));
    }

    private static ScopeRow row(Scope scope, String labelKey, boolean territory, Numbers numbers) {
        List<Integer> decisions = decisionKinds().stream().map(scope::decisions).toList();
        return new ScopeRow(scope.code(), labelKey, scope.members(), scope.associated(), scope.evaluated(), scope.notEvaluated(),
                scope.compliance(Compliance.CONFORME), scope.compliance(Compliance.PARTIELLEMENT_CONFORME),
                scope.compliance(Compliance.NON_CONFORME), decisions, scope.pending(), scope.eligible(), scope.labelled(),
                numbers.percent(scope.labelledShare()), numbers.decimal(scope.averageOverall()),
                territory && scope.meetingsHeld() != null ? String.valueOf(scope.meetingsHeld()) : Numbers.NONE,
                territory ? scope.territoireOrientation() : null);
    }

    private static Chart shareChart(String id, List<Scope> scopes, String labelPrefix, Double threshold, boolean markIndicator,
                                    Numbers numbers) {
        List<Bar> bars = scopes.stream().map(s -> new Bar(labelPrefix + s.code(), null, numbers.percent(s.labelledShare()),
                s.labelledShare() == null ? 0 : 100 * s.labelledShare(), markIndicator && s.territoireOrientation())).toList();
        return new Chart(id, bars, threshold == null ? null : 100 * threshold);
    }

    private static Chart decisionChart(Scope region) {
        int largest = Math.max(region.pending(), decisionKinds().stream().mapToInt(region::decisions).max().orElse(0));
        List<Bar> bars = new ArrayList<>();
        for (LabelDecision decision : decisionKinds()) {
            int value = region.decisions(decision);
            bars.add(new Bar("label-decision." + decision.name(), null, String.valueOf(value), Chart.lengthOf(value, largest), false));
        }
        bars.add(new Bar("crefop.pending", null, String.valueOf(region.pending()), Chart.lengthOf(region.pending(), largest), false));
        return new Chart("chart-decisions", bars, null);
    }

    private static List<DecisionRow> decisionRows(Scope region) {
        List<DecisionRow> rows = new ArrayList<>();
        decisionKinds().forEach(d -> rows.add(new DecisionRow("label-decision." + d.name(), region.decisions(d))));
        rows.add(new DecisionRow("crefop.pending", region.pending()));
        return rows;
    }

    private static Chart yearChart(List<CrefopFigures> years, Numbers numbers) {
        List<Bar> bars = years.stream().map(y -> new Bar(null, y.campaign(), numbers.percent(y.region().labelledShare()),
                y.region().labelledShare() == null ? 0 : 100 * y.region().labelledShare(), false)).toList();
        return new Chart("chart-years", bars, null);
    }

    private static List<YearRow> yearRows(List<CrefopFigures> years, Numbers numbers) {
        return years.stream().map(y -> new YearRow(y.campaign(), y.region().evaluated(), y.region().eligible(), y.region().labelled(),
                numbers.percent(y.region().labelledShare()), y.territoiresOrientation(), numbers.decimal(y.region().averageOverall())))
                .toList();
    }

    /** Numbers the reader's way: "80,5 %" in French, "80.5%" in English; a dash where a figure does not exist. */
    static final class Numbers {

        static final String NONE = "—";

        private final NumberFormat percent;
        private final NumberFormat decimal;
        private final String pointsUnit;

        Numbers(Locale locale, String pointsUnit) {
            this.pointsUnit = pointsUnit;
            percent = NumberFormat.getPercentInstance(locale);
            percent.setMinimumFractionDigits(1);
            percent.setMaximumFractionDigits(1);
            decimal = NumberFormat.getNumberInstance(locale);
            decimal.setMinimumFractionDigits(1);
            decimal.setMaximumFractionDigits(1);
        }

        String percent(Double share) {
            return share == null ? NONE : percent.format(share);
        }

        String decimal(Double value) {
            return value == null ? NONE : decimal.format(value);
        }

        String none() {
            return NONE;
        }

        /** The change of a share, in percentage points. */
        String points(Double now, Double before) {
            if (now == null || before == null) {
                return NONE;
            }
            double points = 100 * (now - before);
            return (points > 0 ? "+" : points < 0 ? "−" : "±") + decimal.format(Math.abs(points)) + " " + pointsUnit;
        }

        String difference(Double now, Double before) {
            if (now == null || before == null) {
                return NONE;
            }
            double change = now - before;
            return (change > 0 ? "+" : change < 0 ? "−" : "±") + decimal.format(Math.abs(change));
        }

        static String signed(int change) {
            return change > 0 ? "+" + change : change < 0 ? "−" + (-change) : "±0";
        }
    }
}
