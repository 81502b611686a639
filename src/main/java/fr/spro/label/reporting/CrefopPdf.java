package fr.spro.label.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import fr.spro.label.referential.Compliance;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.Theme;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Territory;
import net.sf.jasperreports.engine.JREmptyDataSource;
import org.springframework.stereotype.Component;

/** Renders the CREFOP report with {@code reports/crefop.jrxml}. */
@Component
class CrefopPdf {

    private static final Locale LOCALE = AuditFiles.DOCUMENT_LOCALE;

    private final ReportEngine engine;
    private final Wording words;

    CrefopPdf(ReportEngine engine, Wording words) {
        this.engine = engine;
        this.words = words;
    }

    record KeyFigure(String label, String current, String previous, String change) {
    }

    record ShareBar(String series, String category, Double value) {
    }

    record DecisionBar(String category, Integer value) {
    }

    record CountRow(String label, Integer members, Integer associated, Integer evaluated, Integer notEvaluated,
                    Integer conformes, Integer partial, Integer nonConformes, Integer labellise, Integer sousConditions,
                    Integer ajourne, Integer refuse, Integer suspendu, Integer nonEligible, Integer pending, Integer eligible,
                    String labelledShare, String meetings, String territoire, Boolean total) {
    }

    record ScoreRow(String label, String acc, String neu, String srv, String net, String pro, String qua, String eco,
                    String dec, String overall, Boolean total) {
    }

    record ComparisonRow(String label, String previousShare, String currentShare, String previousTerritoire,
                         String currentTerritoire) {
    }

    record MissingRow(String territory, String id, String name, String network) {
    }

    byte[] render(CrefopReport.Comparison comparison, String documentId, Instant generatedAt) {
        CrefopFigures current = comparison.current();
        CrefopFigures previous = comparison.previous();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("Campaign", current.campaign());
        parameters.put("PreviousCampaign", previous == null ? null : previous.campaign());
        parameters.put("ReferenceDate", words.date(current.referenceDate(), LOCALE));
        parameters.put("RuleSetVersion", comparison.ruleSetVersions());
        parameters.put("DocumentId", documentId);
        parameters.put("GeneratedAt", words.dateTime(generatedAt, LOCALE));
        parameters.put("Headline", words.text("crefop.headline", LOCALE, current.territoiresOrientation(),
                Territory.values().length, words.percent(current.region().labelledShare(), LOCALE)));
        parameters.put("IndicatorShare", words.percent(comparison.rule().minLabelledShare(), LOCALE));
        parameters.put("IndicatorMeetings", String.valueOf(comparison.rule().minMeetingsHeld()));
        parameters.put("HasPrevious", previous != null);
        parameters.put("HasNotEvaluated", !current.notEvaluated().isEmpty());
        parameters.put("KeyFigures", RecordDataSource.of(keyFigures(current, previous)));
        parameters.put("TerritoryShares", RecordDataSource.of(shares(current, previous)));
        parameters.put("DecisionCounts", RecordDataSource.of(decisionBars(current.region())));
        parameters.put("TerritoryCounts", RecordDataSource.of(counts(current.territories(), current.region(), true)));
        parameters.put("TerritoryScores", RecordDataSource.of(scores(current.territories(), current.region(), true)));
        parameters.put("TerritoryComparison", RecordDataSource.of(previous == null ? List.of() : comparisonRows(current, previous)));
        parameters.put("NetworkCounts", RecordDataSource.of(counts(current.networks(), current.region(), false)));
        parameters.put("NetworkScores", RecordDataSource.of(scores(current.networks(), current.region(), false)));
        parameters.put("NotEvaluated", RecordDataSource.of(current.notEvaluated().stream().map(this::missing).toList()));
        return engine.pdf(Template.CREFOP, LOCALE, parameters, new JREmptyDataSource(1),
                words.text("crefop.pdf-title", LOCALE, current.campaign()));
    }

    private List<KeyFigure> keyFigures(CrefopFigures current, CrefopFigures previous) {
        CrefopFigures.Scope now = current.region();
        CrefopFigures.Scope before = previous == null ? null : previous.region();
        List<KeyFigure> rows = new ArrayList<>();
        rows.add(count("crefop.key.members", now, before, CrefopFigures.Scope::members));
        rows.add(count("crefop.key.associated", now, before, CrefopFigures.Scope::associated));
        rows.add(count("crefop.key.evaluated", now, before, CrefopFigures.Scope::evaluated));
        rows.add(count("crefop.key.not-evaluated", now, before, CrefopFigures.Scope::notEvaluated));
        for (Compliance compliance : Compliance.values()) {
            rows.add(count(words.text("crefop.key.compliance", LOCALE, words.compliance(compliance, LOCALE)), now, before,
                    scope -> scope.compliance(compliance)));
        }
        for (LabelDecision decision : LabelDecision.values()) {
            rows.add(count(words.text("crefop.key.decision", LOCALE, words.decision(decision, LOCALE)), now, before,
                    scope -> scope.decisions(decision)));
        }
        rows.add(count("crefop.key.pending", now, before, CrefopFigures.Scope::pending));
        rows.add(count("crefop.key.eligible", now, before, CrefopFigures.Scope::eligible));
        rows.add(count("crefop.key.labelled", now, before, CrefopFigures.Scope::labelled));
        rows.add(new KeyFigure(words.text("crefop.key.labelled-share", LOCALE), words.percent(now.labelledShare(), LOCALE),
                before == null ? "—" : words.percent(before.labelledShare(), LOCALE),
                before == null ? "—" : points(now.labelledShare(), before.labelledShare())));
        rows.add(new KeyFigure(words.text("crefop.key.overall", LOCALE), words.score(now.averageOverall(), LOCALE),
                before == null ? "—" : words.score(before.averageOverall(), LOCALE),
                before == null ? "—" : difference(now.averageOverall(), before.averageOverall(), "")));
        rows.add(new KeyFigure(words.text("crefop.key.territoires", LOCALE),
                current.territoiresOrientation() + " / " + Territory.values().length,
                previous == null ? "—" : previous.territoiresOrientation() + " / " + Territory.values().length,
                previous == null ? "—" : change(current.territoiresOrientation() - previous.territoiresOrientation())));
        return rows;
    }

    private KeyFigure count(String labelOrKey, CrefopFigures.Scope now, CrefopFigures.Scope before,
                            ToIntFunction<CrefopFigures.Scope> figure) {
        String label = labelOrKey.startsWith("crefop.") ? words.text(labelOrKey, LOCALE) : labelOrKey;
        int value = figure.applyAsInt(now);
        return new KeyFigure(label, String.valueOf(value),
                before == null ? "—" : String.valueOf(figure.applyAsInt(before)),
                before == null ? "—" : change(value - figure.applyAsInt(before)));
    }

    private List<ShareBar> shares(CrefopFigures current, CrefopFigures previous) {
        List<ShareBar> bars = new ArrayList<>();
        for (int i = 0; i < current.territories().size(); i++) {
            String territory = Territory.valueOf(current.territories().get(i).code()).label();
            bars.add(new ShareBar(current.campaign(), territory, percentValue(current.territories().get(i).labelledShare())));
            if (previous != null) {
                bars.add(new ShareBar(previous.campaign(), territory, percentValue(previous.territories().get(i).labelledShare())));
            }
        }
        return bars;
    }

    private List<DecisionBar> decisionBars(CrefopFigures.Scope region) {
        List<DecisionBar> bars = new ArrayList<>();
        for (LabelDecision decision : LabelDecision.values()) {
            bars.add(new DecisionBar(words.decision(decision, LOCALE), region.decisions(decision)));
        }
        bars.add(new DecisionBar(words.text("crefop.pending", LOCALE), region.pending()));
        return bars;
    }

    private List<CountRow> counts(List<CrefopFigures.Scope> scopes, CrefopFigures.Scope region, boolean territories) {
        List<CountRow> rows = new ArrayList<>();
        for (CrefopFigures.Scope scope : scopes) {
            rows.add(countRow(label(scope, territories), scope, territories, false));
        }
        rows.add(countRow(words.text("crefop.region", LOCALE), region, false, true));
        return rows;
    }

    private CountRow countRow(String label, CrefopFigures.Scope s, boolean territory, boolean total) {
        return new CountRow(label, s.members(), s.associated(), s.evaluated(), s.notEvaluated(),
                s.compliance(Compliance.CONFORME), s.compliance(Compliance.PARTIELLEMENT_CONFORME), s.compliance(Compliance.NON_CONFORME),
                s.decisions(LabelDecision.LABELLISE), s.decisions(LabelDecision.LABELLISE_SOUS_CONDITIONS),
                s.decisions(LabelDecision.AJOURNE), s.decisions(LabelDecision.REFUSE), s.decisions(LabelDecision.SUSPENDU),
                s.decisions(LabelDecision.NON_ELIGIBLE), s.pending(), s.eligible(), words.percent(s.labelledShare(), LOCALE),
                territory && s.meetingsHeld() != null ? String.valueOf(s.meetingsHeld()) : "—",
                territory ? yesNo(s.territoireOrientation()) : "—", total);
    }

    private List<ScoreRow> scores(List<CrefopFigures.Scope> scopes, CrefopFigures.Scope region, boolean territories) {
        List<ScoreRow> rows = new ArrayList<>();
        for (CrefopFigures.Scope scope : scopes) {
            rows.add(scoreRow(label(scope, territories), scope, false));
        }
        rows.add(scoreRow(words.text("crefop.region", LOCALE), region, true));
        return rows;
    }

    private ScoreRow scoreRow(String label, CrefopFigures.Scope s, boolean total) {
        Function<Theme, String> score = theme -> words.score(s.averageScores().get(theme), LOCALE);
        return new ScoreRow(label, score.apply(Theme.ACC), score.apply(Theme.NEU), score.apply(Theme.SRV), score.apply(Theme.NET),
                score.apply(Theme.PRO), score.apply(Theme.QUA), score.apply(Theme.ECO), score.apply(Theme.DEC),
                words.score(s.averageOverall(), LOCALE), total);
    }

    private List<ComparisonRow> comparisonRows(CrefopFigures current, CrefopFigures previous) {
        List<ComparisonRow> rows = new ArrayList<>();
        for (int i = 0; i < current.territories().size(); i++) {
            CrefopFigures.Scope now = current.territories().get(i);
            CrefopFigures.Scope before = previous.territories().get(i);
            rows.add(new ComparisonRow(Territory.valueOf(now.code()).label(), words.percent(before.labelledShare(), LOCALE),
                    words.percent(now.labelledShare(), LOCALE), yesNo(before.territoireOrientation()), yesNo(now.territoireOrientation())));
        }
        return rows;
    }

    private MissingRow missing(MemberStructure structure) {
        return new MissingRow(structure.territory() == null ? "—" : structure.territory().label(), structure.id(), structure.name(),
                structure.network() == null ? "—" : words.network(structure.network(), LOCALE));
    }

    private String label(CrefopFigures.Scope scope, boolean territory) {
        return territory ? Territory.valueOf(scope.code()).label() : words.network(Network.valueOf(scope.code()), LOCALE);
    }

    private String yesNo(boolean yes) {
        return words.text(yes ? "crefop.yes" : "crefop.no", LOCALE);
    }

    private static Double percentValue(Double share) {
        return share == null ? null : share * 100;
    }

    /** "+3", "−2" (a true minus sign) or "=". */
    private static String change(int difference) {
        return difference > 0 ? "+" + difference : difference < 0 ? "\u2212" + (-difference) : "=";
    }

    private String points(Double now, Double before) {
        if (now == null || before == null) {
            return "—";
        }
        return difference(now * 100, before * 100, Wording.NBSP + words.text("crefop.points", LOCALE));
    }

    private String difference(Double now, Double before, String unit) {
        if (now == null || before == null) {
            return "—";
        }
        double difference = now - before;
        String magnitude = words.score(Math.abs(difference), LOCALE);
        if (magnitude.equals(words.score(0.0, LOCALE))) {
            return "=";
        }
        return (difference > 0 ? "+" : "\u2212") + magnitude + unit;
    }
}
