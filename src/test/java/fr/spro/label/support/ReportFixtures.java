package fr.spro.label.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import fr.spro.label.activity.ActivityReport;
import fr.spro.label.assessment.Campaign;
import fr.spro.label.evaluation.ActionItem;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.Finding;
import fr.spro.label.referential.Catalogue;
import fr.spro.label.referential.Compliance;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.Outcome;
import fr.spro.label.referential.Parameters;
import fr.spro.label.referential.Theme;
import fr.spro.label.review.Decision;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Public;
import fr.spro.label.structure.Territory;

/**
 * Structures, evaluations, decisions and activity reports for the reports tests, written by hand
 * the way the rule engine writes them (French explanations, scores, compliance, proposal, action
 * plan), since the engine lives on another branch.
 */
public final class ReportFixtures {

    public static final String CAMPAIGN = "2025";
    public static final Instant EVALUATED_AT = Instant.parse("2026-01-12T09:30:00Z");

    /** The 28 criteria with the sentence a rule writes for a conforme, a minor and a major outcome. */
    private static final Map<String, String[]> EXPLANATIONS = new LinkedHashMap<>();

    static {
        explain("ACC-01", "Services gratuits pour toute personne", "", "Des services sont payants pour une partie du public");
        explain("ACC-02", "Locaux accessibles et registre public d'accessibilité tenu", "Locaux accessibles mais registre public d'accessibilité absent",
                "Locaux inaccessibles et aucun accueil alternatif");
        explain("ACC-03", "Ouverture de 32 h par semaine : seuil de conformité 24 h", "Ouverture de 18 h par semaine : seuil de conformité 24 h",
                "Ouverture de 12 h par semaine : en dessous de 15 h");
        explain("ACC-04", "Fermeture de 2 semaines dans l'année", "Fermeture de 5 semaines sans canal à distance",
                "Fermeture de 8 semaines sans canal à distance");
        explain("ACC-05", "Premier rendez-vous sous 7 jours : seuil de conformité 10 jours", "Premier rendez-vous sous 14 jours : seuil de conformité 10 jours",
                "Premier rendez-vous sous 24 jours : au-delà de 20 jours");
        explain("ACC-06", "Une conseillère formée à la non-discrimination en 2024", "Personne n'a été formé à la non-discrimination depuis 3 ans", "");
        explain("NEU-01", "Premier accueil possible sans décliner son identité", "", "Le premier accueil exige une pièce d'identité");
        explain("NEU-02", "Règles écrites de confidentialité et de déontologie", "", "Aucune règle écrite de confidentialité");
        explain("NEU-03", "Information délivrée sans promotion sélective", "", "Promotion sélective d'un organisme de formation");
        explain("NEU-04", "Démarche volontaire et choix libre de la personne", "", "Orientation imposée sans l'accord de la personne");
        explain("NEU-05", "Diagnostic de la situation globale (logement, mobilité, santé)", "Le diagnostic ne couvre que le projet professionnel", "");
        explain("SRV-01", "Information sur tous les domaines, ressources mises à jour le 4 septembre 2025",
                "Ressources mises à jour le 12 mars 2024 : plus d'un an avant la date de référence", "Information limitée aux métiers du territoire");
        explain("SRV-02", "Information des 16-30 ans sur leurs droits sociaux et les loisirs", "", "Aucune information des 16-30 ans sur leurs droits");
        explain("SRV-03", "Conseil personnalisé : 1 240 entretiens dans l'année", "Conseil personnalisé proposé, mais aucun entretien mené",
                "Aucun conseil personnalisé proposé");
        explain("SRV-04", "Procédure d'orientation écrite, 86 orientations vers des membres", "Procédure écrite, mais aucune orientation vers un membre",
                "Aucune procédure d'orientation vers les autres membres");
        explain("SRV-05", "Les outils régionaux d'information sont relayés", "Les outils régionaux d'information ne sont pas relayés", "");
        explain("NET-01", "Participation à 4 réunions territoriales sur 4 (100 %) : seuil de conformité 75 %",
                "Participation à 2 réunions territoriales sur 4 (50 %) : seuil de conformité 75 %",
                "Participation à 1 réunion territoriale sur 4 (25 %) : en dessous de 50 %");
        explain("NET-02", "3 participations aux espaces de pratiques inspirantes", "Aucune participation aux espaces de pratiques inspirantes", "");
        explain("NET-03", "2 actions co-construites avec d'autres membres", "Aucune action co-construite", "");
        explain("NET-04", "5 partenariats formalisés avec des acteurs locaux", "Aucun partenariat local formalisé", "");
        explain("NET-05", "Appartenance au SPRO affichée dans les locaux et sur le site", "L'appartenance au SPRO n'est pas affichée", "");
        explain("PRO-01", "6 participations au plan de professionnalisation pour 8,5 ETP : seuil 5",
                "2 participations au plan de professionnalisation pour 8,5 ETP : seuil 5", "Aucune participation au plan de professionnalisation");
        explain("PRO-02", "4 webinaires « 1h sur les secteurs et métiers » suivis : seuil 3",
                "1 webinaire « 1h sur les secteurs et métiers » suivi : seuil 3", "");
        explain("QUA-01", "Satisfaction de 91 % sur 212 répondants : seuil 80 %", "Satisfaction de 72 % sur 64 répondants : seuil 80 %",
                "Satisfaction de 48 % sur 40 répondants : en dessous de 60 %");
        explain("QUA-02", "12 réclamations, 12 traitées sous 30 jours (100 %)", "10 réclamations, 8 traitées sous 30 jours (80 %) : seuil 90 %",
                "10 réclamations, 5 traitées sous 30 jours (50 %) : en dessous de 70 %");
        explain("QUA-03", "Plan d'actions précédent réalisé", "Plan d'actions précédent réalisé en partie", "Plan d'actions précédent non réalisé");
        explain("ECO-01", "7 actions menées avec les entreprises", "Aucune action menée avec les entreprises", "");
        explain("DEC-01", "Participation à la plateforme de suivi et d'appui aux décrocheurs", "Pas de participation à la plateforme de suivi", "");
    }

    /** Answers whose evidence the referential requires; A_JUSTIFIER only happens on these criteria. */
    private static final Map<String, String> EVIDENCE = Map.of(
            "ACC-02", "registre-accessibilite.pdf",
            "ACC-06", "attestation-formation-non-discrimination.pdf",
            "NEU-02", "https://www.exemple-spro.fr/charte-deontologie",
            "SRV-04", "procedure-orientation.pdf",
            "NET-05", "affichage-spro.png");

    private ReportFixtures() {
    }

    private static void explain(String criterion, String conforme, String minor, String major) {
        EXPLANATIONS.put(criterion, new String[] {conforme, minor, major});
    }

    public static List<String> criterionIds() {
        return List.copyOf(EXPLANATIONS.keySet());
    }

    /** The criteria catalogue of the top-level {@code rules/} folder, as the rule engine reads it. */
    public static Catalogue catalogue() {
        try {
            return Catalogue.parse(Files.readString(Path.of("rules", Catalogue.CRITERIA_FILE), StandardCharsets.UTF_8),
                    Files.readString(Path.of("rules", Catalogue.PROPERTIES_FILE), StandardCharsets.UTF_8),
                    Files.readString(Path.of("rules", Parameters.FILE), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Campaign campaign(int year) {
        return Campaign.withDefaults(year, EVALUATED_AT);
    }

    /** A member whose name and address carry accents, an apostrophe and dashes. */
    public static MemberStructure structureWithAccents() {
        return new MemberStructure("ML-BELFORT-HERICOURT", "Mission locale de l'Aire urbaine Belfort – Montbéliard – Héricourt",
                Network.MISSION_LOCALE, Membership.MEMBER, Territory.NORD_FRANCHE_COMTE, "81728056931668", "2 rue de l'Étang",
                "90000", "Belfort", List.of(Public.YOUTH_16_30), LocalDate.of(2023, 3, 15), "https://www.ml-aire-urbaine.fr",
                "contact@ml-aire-urbaine.fr", "03 84 21 00 00");
    }

    public static MemberStructure structure(String id, String name, Territory territory, Network network, Membership membership,
                                            LocalDate charterSignedOn) {
        return new MemberStructure(id, name, network, membership, territory, null, "1 place de la République", "21000",
                "Dijon", List.of(Public.ADULTS), charterSignedOn, null, null, null);
    }

    /**
     * Every outcome at least once: minor (NET-01, PRO-02), major (ACC-05), evidence missing (NEU-02),
     * not applicable (QUA-03); hence NON_CONFORME and a refusal proposal.
     */
    public static Evaluation everyOutcome(String structureId, String campaign) {
        Map<String, Outcome> outcomes = allConforme();
        outcomes.put("NET-01", Outcome.NC_MINEURE);
        outcomes.put("PRO-02", Outcome.NC_MINEURE);
        outcomes.put("ACC-05", Outcome.NC_MAJEURE);
        outcomes.put("NEU-02", Outcome.A_JUSTIFIER);
        outcomes.put("QUA-03", Outcome.NON_APPLICABLE);
        return evaluation(structureId, campaign, outcomes, false);
    }

    /** Three minor findings, no major: labelled with conditions, with a three-item action plan. */
    public static Evaluation withConditions(String structureId, String campaign) {
        Map<String, Outcome> outcomes = allConforme();
        outcomes.put("ACC-03", Outcome.NC_MINEURE);
        outcomes.put("QUA-01", Outcome.NC_MINEURE);
        outcomes.put("NET-05", Outcome.A_JUSTIFIER);
        return evaluation(structureId, campaign, outcomes, false);
    }

    public static Evaluation fullyConforme(String structureId, String campaign) {
        return evaluation(structureId, campaign, allConforme(), false);
    }

    /** Outcomes drawn from a seeded generator: mostly conforme, some of every other kind. */
    public static Evaluation randomised(String structureId, String campaign, Random random, boolean charterSigned) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (String criterion : EXPLANATIONS.keySet()) {
            int draw = random.nextInt(100);
            String[] texts = EXPLANATIONS.get(criterion);
            Outcome outcome = draw < 70 ? Outcome.CONFORME
                    : draw < 85 && !texts[1].isEmpty() ? Outcome.NC_MINEURE
                    : draw < 90 && !texts[2].isEmpty() ? Outcome.NC_MAJEURE
                    : draw < 95 && EVIDENCE.containsKey(criterion) ? Outcome.A_JUSTIFIER
                    : draw >= 95 ? Outcome.NON_APPLICABLE : Outcome.CONFORME;
            outcomes.put(criterion, outcome);
        }
        return evaluation(structureId, campaign, outcomes, !charterSigned);
    }

    public static Decision decision(Evaluation evaluation, LabelDecision decision, LocalDate decidedOn, String justification) {
        return new Decision(Decision.idOf(evaluation.structureId(), evaluation.campaign()), evaluation.structureId(),
                evaluation.campaign(), evaluation.proposal(), decision, justification, "agent.qualite", decidedOn,
                decidedOn.atStartOfDay().toInstant(ZoneOffset.UTC), decision.grantsLabel() ? decidedOn.plusYears(3) : null);
    }

    public static Decision confirmed(Evaluation evaluation, LocalDate decidedOn) {
        return decision(evaluation, evaluation.proposal(), decidedOn, null);
    }

    public static ActivityReport activity(String structureId, String campaign, Integer meetingsHeld) {
        return new ActivityReport(ActivityReport.idOf(structureId, campaign), structureId, campaign, 1200, 8.5, 32.0, 2, 7,
                LocalDate.of(2025, 9, 4), 1240, 86, meetingsHeld, 4, 3, 2, 5, 6, 4, 212, 91.0, 12, 12, 7);
    }

    private static Map<String, Outcome> allConforme() {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        EXPLANATIONS.keySet().forEach(criterion -> outcomes.put(criterion, Outcome.CONFORME));
        return outcomes;
    }

    private static Evaluation evaluation(String structureId, String campaign, Map<String, Outcome> outcomes, boolean charterUnsigned) {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, Outcome> entry : outcomes.entrySet()) {
            findings.add(finding(entry.getKey(), entry.getValue()));
        }
        long majors = findings.stream().filter(f -> f.outcome() == Outcome.NC_MAJEURE).count();
        long minors = findings.stream().filter(f -> f.outcome().isMinor()).count();
        Compliance compliance = majors > 0 ? Compliance.NON_CONFORME : minors > 0 ? Compliance.PARTIELLEMENT_CONFORME : Compliance.CONFORME;
        LabelDecision proposal = charterUnsigned ? LabelDecision.NON_ELIGIBLE : majors > 0 ? LabelDecision.REFUSE
                : minors >= 4 ? LabelDecision.AJOURNE : minors > 0 ? LabelDecision.LABELLISE_SOUS_CONDITIONS : LabelDecision.LABELLISE;
        List<ActionItem> actionPlan = proposal != LabelDecision.LABELLISE_SOUS_CONDITIONS ? List.of()
                : findings.stream().filter(f -> f.outcome().isMinor()).map(f -> new ActionItem(f.criterion(),
                        "Corriger l'écart relevé : " + f.explanation().toLowerCase(Locale.FRENCH), null, null, null, null)).toList();
        return new Evaluation(Evaluation.idOf(structureId, campaign), structureId, campaign, "2025.1", compliance, proposal,
                scores(findings), findings, actionPlan, EVALUATED_AT, false, "fixture-" + outcomes.hashCode());
    }

    private static Finding finding(String criterion, Outcome outcome) {
        String[] texts = EXPLANATIONS.get(criterion);
        String explanation = switch (outcome) {
            case CONFORME -> texts[0];
            case NC_MINEURE -> texts[1].isEmpty() ? "Information non renseignée : " + criterion : texts[1];
            case NC_MAJEURE -> texts[2];
            case A_JUSTIFIER -> texts[0] + ", mais aucun justificatif n'est joint";
            case NON_APPLICABLE -> "Critère sans objet pour cette structure";
        };
        List<String> evidence = outcome == Outcome.CONFORME && EVIDENCE.containsKey(criterion) ? List.of(EVIDENCE.get(criterion)) : List.of();
        return new Finding(criterion, criterion.substring(0, 3), outcome, explanation, Map.of("fixture", true), evidence);
    }

    /** The referential's scores: 100 × (conforme + ½ minor) / applicable, half up to one decimal. */
    private static Map<String, Double> scores(List<Finding> findings) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Theme theme : Theme.values()) {
            List<Finding> ofTheme = findings.stream().filter(f -> f.theme().equals(theme.name())).toList();
            score(ofTheme).ifPresent(score -> scores.put(theme.name(), score));
        }
        score(findings).ifPresent(score -> scores.put("overall", score));
        return scores;
    }

    private static Optional<Double> score(List<Finding> findings) {
        long applicable = findings.stream().filter(f -> f.outcome().isApplicable()).count();
        if (applicable == 0) {
            return Optional.empty();
        }
        double points = findings.stream().mapToDouble(f -> f.outcome() == Outcome.CONFORME ? 1 : f.outcome().isMinor() ? 0.5 : 0).sum();
        return Optional.of(BigDecimal.valueOf(100 * points / applicable).setScale(1, RoundingMode.HALF_UP).doubleValue());
    }
}
