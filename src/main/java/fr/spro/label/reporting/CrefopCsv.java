package fr.spro.label.reporting;

import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import fr.spro.label.csv.SafeCsv;
import fr.spro.label.referential.Compliance;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.Theme;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Territory;

/**
 * The CREFOP report's figures as CSV, for spreadsheets and the open-data portal: one row for the
 * Region, one per territory, one per network. Codes rather than words (the PDF has the words);
 * decimals with a dot; empty cells where a figure does not exist (no eligible structure, no score).
 */
final class CrefopCsv {

    private CrefopCsv() {
    }

    static List<String> header() {
        List<String> header = new ArrayList<>(List.of("campaign", "scope", "code", "label", "members", "associated",
                "evaluated", "not_evaluated"));
        for (Compliance compliance : Compliance.values()) {
            header.add("compliance_" + compliance.name().toLowerCase());
        }
        for (LabelDecision decision : LabelDecision.values()) {
            header.add("decision_" + decision.name().toLowerCase());
        }
        header.addAll(List.of("decision_pending", "eligible", "labelled", "labelled_share_percent"));
        for (Theme theme : Theme.values()) {
            header.add("average_score_" + theme.name().toLowerCase());
        }
        header.addAll(List.of("average_score_overall", "territorial_meetings_held_max", "territoire_orientation",
                "previous_labelled_share_percent", "previous_territoire_orientation", "not_evaluated_structures"));
        return header;
    }

    static void write(CrefopReport.Comparison comparison, Writer out) {
        CrefopFigures current = comparison.current();
        CrefopFigures previous = comparison.previous();
        try (SafeCsv csv = SafeCsv.open(out, header())) {
            csv.row(row(current, "REGION", CrefopFigures.REGION, "Région", current.region(),
                    previous == null ? null : previous.region(), current.notEvaluated()).toArray());
            for (int i = 0; i < current.territories().size(); i++) {
                CrefopFigures.Scope scope = current.territories().get(i);
                Territory territory = Territory.valueOf(scope.code());
                csv.row(row(current, "TERRITORY", scope.code(), territory.label(), scope,
                        previous == null ? null : previous.territories().get(i),
                        current.notEvaluated().stream().filter(s -> s.territory() == territory).toList()).toArray());
            }
            for (CrefopFigures.Scope scope : current.networks()) {
                csv.row(row(current, "NETWORK", scope.code(), scope.code(), scope,
                        previous == null ? null : previous.networks().stream().filter(p -> p.code().equals(scope.code())).findFirst().orElse(null),
                        current.notEvaluated().stream().filter(s -> s.network() != null && s.network().name().equals(scope.code())).toList()).toArray());
            }
        }
    }

    private static List<Object> row(CrefopFigures figures, String kind, String code, String label, CrefopFigures.Scope scope,
                                    CrefopFigures.Scope previous, List<MemberStructure> notEvaluated) {
        boolean territory = "TERRITORY".equals(kind);
        List<Object> cells = new ArrayList<>(List.of(figures.campaign(), kind, code, label, scope.members(), scope.associated(),
                scope.evaluated(), scope.notEvaluated()));
        for (Compliance compliance : Compliance.values()) {
            cells.add(scope.compliance(compliance));
        }
        for (LabelDecision decision : LabelDecision.values()) {
            cells.add(scope.decisions(decision));
        }
        cells.add(scope.pending());
        cells.add(scope.eligible());
        cells.add(scope.labelled());
        cells.add(percent(scope.labelledShare()));
        for (Theme theme : Theme.values()) {
            cells.add(decimal(scope.averageScores().get(theme)));
        }
        cells.add(decimal(scope.averageOverall()));
        cells.add(territory && scope.meetingsHeld() != null ? scope.meetingsHeld() : "");
        cells.add(territory ? String.valueOf(scope.territoireOrientation()) : "");
        cells.add(previous == null ? "" : percent(previous.labelledShare()));
        cells.add(territory && previous != null ? String.valueOf(previous.territoireOrientation()) : "");
        cells.add(notEvaluated.stream().map(s -> s.id() + " " + s.name()).collect(Collectors.joining(" | ")));
        return cells;
    }

    private static String percent(Double share) {
        return share == null ? "" : decimal(share * 100);
    }

    private static String decimal(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
