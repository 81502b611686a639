package fr.spro.label.evaluation;

import static fr.spro.label.evaluation.facts.Wording.count;
import static fr.spro.label.evaluation.facts.Wording.date;
import static fr.spro.label.evaluation.facts.Wording.fractionOf;
import static fr.spro.label.evaluation.facts.Wording.number;
import static fr.spro.label.evaluation.facts.Wording.percent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import fr.spro.label.evaluation.facts.Activity;
import fr.spro.label.evaluation.facts.Answers;
import fr.spro.label.evaluation.facts.Case;
import fr.spro.label.evaluation.facts.Inputs;
import fr.spro.label.referential.Catalogue;
import fr.spro.label.referential.Compliance;
import fr.spro.label.referential.Criterion;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.referential.Outcome;
import fr.spro.label.referential.Parameters;
import fr.spro.label.referential.Theme;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Public;

/**
 * Referential 2025.1 written again in plain Java, straight from {@code referential.md}, in the
 * test sources only: the oracle the rule files are compared with on thousands of random
 * structures, and the baseline of the benchmark. It starts from the same facts as the rules and
 * ends with the same evaluation object (shared formatting and digest), so the two differ only in
 * how the referential is decided. Every threshold, default and weight is read from the rule set's
 * {@code parameters.csv} by name, never written here: the oracle then still agrees with rules
 * whose parameters an officer changed.
 */
final class ReferenceEvaluator {

    private record Result(Outcome outcome, String explanation, Map<String, Object> inputs) {
    }

    private static final EnumSet<Network> DROP_OUT_NETWORKS =
            EnumSet.of(Network.MISSION_LOCALE, Network.CIO, Network.INFORMATION_JEUNESSE);

    private final Catalogue catalogue;
    private final Parameters parameters;
    private final List<Criterion> criteria;
    private final String fingerprint;
    private final Clock clock;
    private final Map<String, Function<Case, Result>> rules = new LinkedHashMap<>();

    ReferenceEvaluator(RuleSet ruleSet, Clock clock) {
        this.catalogue = ruleSet.catalogue();
        this.parameters = catalogue.parameters();
        this.criteria = catalogue.criteria();
        this.fingerprint = ruleSet.fingerprint();
        this.clock = clock;
        rules.put("ACC-01", this::acc01);
        rules.put("ACC-02", this::acc02);
        rules.put("ACC-03", this::acc03);
        rules.put("ACC-04", this::acc04);
        rules.put("ACC-05", this::acc05);
        rules.put("ACC-06", this::acc06);
        rules.put("NEU-01", c -> yesOrMajor(c.q().anonymousFirstReception(), "anonymous_first_reception",
                "Le premier accueil peut se faire de façon anonyme",
                "Le premier accueil ne peut pas se faire de façon anonyme : la charte garantit le droit à l'anonymat"));
        rules.put("NEU-02", this::neu02);
        rules.put("NEU-03", c -> yesOrMajor(c.q().noSelectivePromotion(), "no_selective_promotion",
                "Information délivrée sans promotion sélective d'un organisme ou d'une formation",
                "L'information n'est pas délivrée sans promotion sélective : la charte exige la neutralité"));
        rules.put("NEU-04", c -> yesOrMajor(c.q().voluntaryAndFreeChoice(), "voluntary_and_free_choice",
                "La démarche de la personne est volontaire et son choix libre",
                "La démarche n'est pas volontaire ou le choix n'est pas libre : la charte exige le libre choix de la personne"));
        rules.put("NEU-05", c -> yesOrMinor(c.q().globalSituationDiagnosis(), "global_situation_diagnosis",
                "Le diagnostic prend en compte la situation globale de la personne",
                "Le diagnostic ne prend pas en compte la situation globale de la personne"));
        rules.put("SRV-01", this::srv01);
        rules.put("SRV-02", this::srv02);
        rules.put("SRV-03", this::srv03);
        rules.put("SRV-04", this::srv04);
        rules.put("SRV-05", c -> yesOrMinor(c.q().regionalToolsPromoted(), "regional_tools_promoted",
                "Les outils régionaux d'information sur les métiers et les formations sont relayés",
                "Les outils régionaux d'information sur les métiers et les formations ne sont pas relayés"));
        rules.put("NET-01", this::net01);
        rules.put("NET-02", this::net02);
        rules.put("NET-03", c -> atLeastForMembers(c, c.a().coConstructedActions(), "co_constructed_actions", "NET-03.actions-min",
                n -> count(n, "action co-construite", "actions co-construites") + " avec d'autres membres du SPRO",
                n -> (n <= 0 ? "Aucune action co-construite" : count(n, "action co-construite", "actions co-construites"))
                        + " avec d'autres membres du SPRO"));
        rules.put("NET-04", c -> atLeastForMembers(c, c.a().localPartnerships(), "local_partnerships", "NET-04.partenariats-min",
                n -> count(n, "partenariat formalisé", "partenariats formalisés") + " avec des acteurs locaux",
                n -> (n <= 0 ? "Aucun partenariat formalisé" : count(n, "partenariat formalisé", "partenariats formalisés"))
                        + " avec des acteurs locaux"));
        rules.put("NET-05", this::net05);
        rules.put("PRO-01", this::pro01);
        rules.put("PRO-02", this::pro02);
        rules.put("QUA-01", this::qua01);
        rules.put("QUA-02", this::qua02);
        rules.put("QUA-03", this::qua03);
        rules.put("ECO-01", c -> atLeastForMembers(c, c.a().companyEvents(), "company_events", "ECO-01.actions-min",
                n -> count(n, "action menée", "actions menées") + " avec les entreprises (visites, forums, rencontres)",
                n -> (n <= 0 ? "Aucune action menée" : count(n, "action menée", "actions menées")) + " avec les entreprises"));
        rules.put("DEC-01", this::dec01);
    }

    Evaluation evaluate(EvaluationRequest request) {
        Membership membership = request.structure().membership();
        if (membership == null || !membership.isEvaluated()) {
            throw new IllegalArgumentException("not evaluated: " + request.structure().id());
        }
        EvaluationFacts facts = EvaluationFacts.of(request);
        Case subject = facts.subject();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);

        List<Finding> findings = new ArrayList<>(criteria.size());
        int majors = 0;
        int minors = 0;
        for (Criterion criterion : criteria) {
            Result result = rules.get(criterion.id()).apply(subject);
            findings.add(new Finding(criterion.id(), criterion.theme().name(), result.outcome(), result.explanation(),
                    result.inputs(), evidence(result.inputs(), facts)));
            majors += result.outcome() == Outcome.NC_MAJEURE ? 1 : 0;
            minors += result.outcome().isMinor() ? 1 : 0;
        }
        LabelDecision proposal = proposal(subject, majors, minors);
        List<ActionItem> plan = new ArrayList<>();
        if (proposal == LabelDecision.LABELLISE_SOUS_CONDITIONS) {
            LocalDate due = LocalDate.ofInstant(now, clock.getZone()).plus(catalogue.periods().conditions());
            for (Finding finding : findings) {
                if (finding.outcome().isMinor()) {
                    String action = finding.outcome() == Outcome.A_JUSTIFIER ? "Joindre la pièce justificative : "
                            : "Lever la non-conformité mineure : ";
                    plan.add(new ActionItem(finding.criterion(), action + finding.explanation(), due,
                            ActionItem.ActionStatus.OPEN, null, null));
                }
            }
        }
        String structureId = request.structure().id();
        String campaign = request.campaign().id();
        return new Evaluation(Evaluation.idOf(structureId, campaign), structureId, campaign, catalogue.version(),
                majors > 0 ? Compliance.NON_CONFORME : minors > 0 ? Compliance.PARTIELLEMENT_CONFORME : Compliance.CONFORME,
                proposal, scores(findings), findings, plan, now, false,
                InputsDigest.of(facts, catalogue.version(), fingerprint));
    }

    private LabelDecision proposal(Case subject, int majors, int minors) {
        LocalDate signed = subject.s().charterSignedOn();
        LocalDate reference = subject.campaign().referenceDate();
        if (signed == null || signed.isAfter(reference)) {
            return LabelDecision.NON_ELIGIBLE;
        }
        if (majors > 0) {
            return subject.label().labelledToday() ? LabelDecision.SUSPENDU : LabelDecision.REFUSE;
        }
        if (minors > parameters.value("DECISION.mineures-max-conditions")) {
            return LabelDecision.AJOURNE;
        }
        return minors >= 1 ? LabelDecision.LABELLISE_SOUS_CONDITIONS : LabelDecision.LABELLISE;
    }

    private Map<String, Double> scores(List<Finding> findings) {
        // What a minor weighs, a conforme weighing 1 and a major 0; in decimals, to stay exact.
        BigDecimal minorWeight = new BigDecimal(Double.toString(parameters.value("SCORE.poids-mineure")));
        Map<String, Double> scores = new LinkedHashMap<>();
        int allApplicable = 0;
        BigDecimal allPoints = BigDecimal.ZERO;
        for (Theme theme : Theme.values()) {
            int applicable = 0;
            BigDecimal points = BigDecimal.ZERO;
            for (Finding finding : findings) {
                if (finding.theme().equals(theme.name()) && finding.outcome() != Outcome.NON_APPLICABLE) {
                    applicable++;
                    points = points.add(finding.outcome() == Outcome.CONFORME ? BigDecimal.ONE
                            : finding.outcome().isMinor() ? minorWeight : BigDecimal.ZERO);
                }
            }
            if (applicable > 0) {
                scores.put(theme.name(), score(points, applicable));
            }
            allApplicable += applicable;
            allPoints = allPoints.add(points);
        }
        if (allApplicable > 0) {
            scores.put("overall", score(allPoints, allApplicable));
        }
        return scores;
    }

    /** 100 x points / applicable, rounded half up to one decimal. */
    private static double score(BigDecimal points, int applicable) {
        return points.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(applicable), 1, RoundingMode.HALF_UP).doubleValue();
    }

    private static List<String> evidence(Map<String, Object> inputs, EvaluationFacts facts) {
        List<String> labels = new ArrayList<>(0);
        inputs.forEach((input, value) -> {
            List<String> attached = facts.evidenceLabels().get(input);
            if (attached != null) {
                labels.addAll(attached);
            }
        });
        return labels;
    }

    // ---- ACC

    private Result acc01(Case c) {
        return yesOrMajor(c.q().freeOfCharge(), "free_of_charge", "Services gratuits pour toute personne",
                "Services non gratuits : la charte exige la gratuité pour toute personne");
    }

    private Result acc02(Case c) {
        Answers q = c.q();
        if (q.premisesAccessible() == null) {
            return missing("premises_accessible", Inputs.of("premises_accessible", null));
        }
        if (q.premisesAccessible()) {
            if (q.accessibilityRegister() == null) {
                return missing("accessibility_register", Inputs.of("premises_accessible", true, "accessibility_register", null));
            }
            if (!q.accessibilityRegister()) {
                return new Result(Outcome.NC_MINEURE, "Locaux accessibles, mais sans registre public d'accessibilité",
                        Inputs.of("premises_accessible", true, "accessibility_register", false));
            }
            return withEvidence(c, "ACC-02", "Locaux accessibles et registre public d'accessibilité joint",
                    "Locaux accessibles et registre d'accessibilité déclaré, mais le registre n'est pas joint",
                    "premises_accessible", true, "accessibility_register", true);
        }
        if (q.alternativeReception() == null) {
            return missing("alternative_reception", Inputs.of("premises_accessible", false, "alternative_reception", null));
        }
        return q.alternativeReception()
                ? new Result(Outcome.NC_MINEURE, "Locaux non accessibles, compensés par un accueil alternatif",
                        Inputs.of("premises_accessible", false, "alternative_reception", true))
                : new Result(Outcome.NC_MAJEURE, "Locaux non accessibles et aucun accueil alternatif proposé",
                        Inputs.of("premises_accessible", false, "alternative_reception", false));
    }

    private Result acc03(Case c) {
        Double hours = c.a().openingHoursPerWeek();
        if (hours == null) {
            return missing("opening_hours_per_week", Inputs.of("opening_hours_per_week", null));
        }
        String text = "Ouverture au public de " + number(hours) + " h par semaine : ";
        String threshold = "seuil de conformité " + parameters.text("ACC-03.heures-conforme");
        Map<String, Object> inputs = Inputs.of("opening_hours_per_week", hours);
        if (hours >= parameters.value("ACC-03.heures-conforme")) {
            return new Result(Outcome.CONFORME, text + threshold, inputs);
        }
        return hours >= parameters.value("ACC-03.heures-mineure") ? new Result(Outcome.NC_MINEURE, text + threshold, inputs)
                : new Result(Outcome.NC_MAJEURE, text + "moins de " + parameters.text("ACC-03.heures-mineure") + ", " + threshold, inputs);
    }

    private Result acc04(Case c) {
        Integer weeks = c.a().weeksClosed();
        if (weeks == null) {
            return missing("weeks_closed", Inputs.of("weeks_closed", null));
        }
        String closed = "Fermeture de " + count(weeks, "semaine", "semaines") + " dans l'année";
        String withoutChannel = parameters.text("ACC-04.semaines-sans-canal");
        String withChannel = parameters.text("ACC-04.semaines-avec-canal");
        if (weeks <= parameters.value("ACC-04.semaines-sans-canal")) {
            return new Result(Outcome.CONFORME, closed + " : seuil de conformité " + withoutChannel, Inputs.of("weeks_closed", weeks));
        }
        Boolean remote = c.q().remoteChannel();
        if (remote == null) {
            return missing("remote_channel", Inputs.of("weeks_closed", weeks, "remote_channel", null));
        }
        Map<String, Object> inputs = Inputs.of("weeks_closed", weeks, "remote_channel", remote);
        if (weeks <= parameters.value("ACC-04.semaines-avec-canal")) {
            return remote
                    ? new Result(Outcome.CONFORME, closed + ", compensée par un canal à distance : seuil " + withChannel
                            + " avec canal à distance", inputs)
                    : new Result(Outcome.NC_MINEURE, closed + " sans canal à distance : seuil de conformité " + withoutChannel + ", "
                            + withChannel + " avec canal à distance", inputs);
        }
        return remote ? new Result(Outcome.NC_MINEURE, closed + " malgré un canal à distance : plus de " + withChannel, inputs)
                : new Result(Outcome.NC_MAJEURE, closed + " sans canal à distance : plus de " + withChannel, inputs);
    }

    private Result acc05(Case c) {
        Integer days = c.a().firstAppointmentDelayDays();
        if (days == null) {
            return missing("first_appointment_delay_days", Inputs.of("first_appointment_delay_days", null));
        }
        String text = "Premier rendez-vous en " + count(days, "jour", "jours") + " en moyenne : ";
        String threshold = "seuil de conformité " + parameters.text("ACC-05.jours-conforme");
        Map<String, Object> inputs = Inputs.of("first_appointment_delay_days", days);
        if (days <= parameters.value("ACC-05.jours-conforme")) {
            return new Result(Outcome.CONFORME, text + threshold, inputs);
        }
        return days <= parameters.value("ACC-05.jours-mineure") ? new Result(Outcome.NC_MINEURE, text + threshold, inputs)
                : new Result(Outcome.NC_MAJEURE, text + "plus de " + parameters.text("ACC-05.jours-mineure") + ", " + threshold, inputs);
    }

    private Result acc06(Case c) {
        Boolean trained = c.q().antiDiscriminationTraining();
        if (trained == null) {
            return missing("anti_discrimination_training", Inputs.of("anti_discrimination_training", null));
        }
        if (!trained) {
            return new Result(Outcome.NC_MINEURE, "Aucun membre de l'équipe formé à la non-discrimination au cours des 3 dernières années",
                    Inputs.of("anti_discrimination_training", false));
        }
        return withEvidence(c, "ACC-06",
                "Au moins un membre de l'équipe formé à la non-discrimination au cours des 3 dernières années, attestation jointe",
                "Formation à la non-discrimination déclarée, mais l'attestation n'est pas jointe",
                "anti_discrimination_training", true);
    }

    // ---- NEU

    private Result neu02(Case c) {
        Boolean rules = c.q().confidentialityRules();
        if (rules == null) {
            return missing("confidentiality_rules", Inputs.of("confidentiality_rules", null));
        }
        if (!rules) {
            return new Result(Outcome.NC_MAJEURE, "Aucune règle écrite de confidentialité et de déontologie",
                    Inputs.of("confidentiality_rules", false));
        }
        return withEvidence(c, "NEU-02", "Règles écrites de confidentialité et de déontologie, jointes",
                "Règles de confidentialité et de déontologie déclarées, mais le document n'est pas joint",
                "confidentiality_rules", true);
    }

    // ---- SRV

    private Result srv01(Case c) {
        Boolean complete = c.q().infoCoversAllDomains();
        if (complete == null) {
            return missing("info_covers_all_domains", Inputs.of("info_covers_all_domains", null));
        }
        if (!complete) {
            return new Result(Outcome.NC_MAJEURE,
                    "L'information ne couvre pas tous les domaines (métiers, formations, certifications, débouchés, rémunérations)",
                    Inputs.of("info_covers_all_domains", false));
        }
        LocalDate updated = c.a().infoResourcesUpdatedOn();
        if (updated == null) {
            return missing("info_resources_updated_on", Inputs.of("info_covers_all_domains", true, "info_resources_updated_on", null));
        }
        LocalDate reference = c.campaign().referenceDate();
        Map<String, Object> inputs = Inputs.of("info_covers_all_domains", true, "info_resources_updated_on", updated,
                "reference_date", reference);
        String age = parameters.text("SRV-01.jours-mise-a-jour");
        return updated.isBefore(reference.minusDays((long) parameters.value("SRV-01.jours-mise-a-jour")))
                ? new Result(Outcome.NC_MINEURE, "Information couvrant tous les domaines, mais ressources mises à jour le "
                        + date(updated) + " : plus de " + age + " avant la date de référence du " + date(reference), inputs)
                : new Result(Outcome.CONFORME, "Information couvrant tous les domaines, ressources mises à jour le "
                        + date(updated) + " : au plus " + age + " avant la date de référence du " + date(reference), inputs);
    }

    private Result srv02(Case c) {
        var publics = c.s().publics();
        if (!publics.contains(Public.YOUTH_16_30)) {
            return new Result(Outcome.NON_APPLICABLE, "Non applicable : la structure n'accueille pas le public des 16-30 ans",
                    Inputs.of("publics", publics));
        }
        Boolean informed = c.q().youthRightsInfo();
        if (informed == null) {
            return missing("youth_rights_info", Inputs.of("publics", publics, "youth_rights_info", null));
        }
        Map<String, Object> inputs = Inputs.of("publics", publics, "youth_rights_info", informed);
        return informed
                ? new Result(Outcome.CONFORME, "Les 16-30 ans accueillis sont informés sur leurs droits sociaux et les loisirs", inputs)
                : new Result(Outcome.NC_MAJEURE, "Les 16-30 ans accueillis ne sont pas informés sur leurs droits sociaux et les loisirs", inputs);
    }

    private Result srv03(Case c) {
        Boolean offered = c.q().personalisedAdviceOffered();
        if (offered == null) {
            return missing("personalised_advice_offered", Inputs.of("personalised_advice_offered", null));
        }
        if (!offered) {
            Membership membership = c.s().membership();
            return membership == Membership.ASSOCIATED
                    ? new Result(Outcome.NC_MINEURE, "Aucun conseil personnalisé proposé (membre associé : non-conformité mineure)",
                            Inputs.of("personalised_advice_offered", false, "membership", membership))
                    : new Result(Outcome.NC_MAJEURE, "Aucun conseil personnalisé proposé",
                            Inputs.of("personalised_advice_offered", false, "membership", membership));
        }
        Integer sessions = c.a().personalisedAdviceSessions();
        if (sessions == null) {
            return missing("personalised_advice_sessions", Inputs.of("personalised_advice_offered", true, "personalised_advice_sessions", null));
        }
        Map<String, Object> inputs = Inputs.of("personalised_advice_offered", true, "personalised_advice_sessions", sessions);
        double expected = parameters.value("SRV-03.seances-min");
        return sessions >= expected
                ? new Result(Outcome.CONFORME, "Conseil personnalisé proposé : " + count(sessions, "entretien mené", "entretiens menés")
                        + " dans l'année", inputs)
                : new Result(Outcome.NC_MINEURE, "Conseil personnalisé proposé, mais "
                        + (sessions <= 0 ? "aucun entretien mené" : count(sessions, "entretien mené", "entretiens menés"))
                        + " dans l'année : au moins " + count(expected, "attendu", "attendus"), inputs);
    }

    private Result srv04(Case c) {
        Boolean procedure = c.q().referralProcedure();
        if (procedure == null) {
            return missing("referral_procedure", Inputs.of("referral_procedure", null));
        }
        if (!procedure) {
            return new Result(Outcome.NC_MAJEURE, "Aucune procédure d'orientation vers les autres membres du SPRO",
                    Inputs.of("referral_procedure", false));
        }
        Integer referrals = c.a().referralsToMembers();
        if (referrals == null) {
            return missing("referrals_to_members", Inputs.of("referral_procedure", true, "referrals_to_members", null));
        }
        String threshold = "seuil de conformité " + number(parameters.value("SRV-04.orientations-min"));
        if (referrals < parameters.value("SRV-04.orientations-min")) {
            return new Result(Outcome.NC_MINEURE, "Procédure d'orientation, mais "
                    + (referrals <= 0 ? "aucune personne orientée" : count(referrals, "personne orientée", "personnes orientées"))
                    + " vers un autre membre du SPRO : " + threshold,
                    Inputs.of("referral_procedure", true, "referrals_to_members", referrals));
        }
        String oriented = count(referrals, "personne orientée", "personnes orientées") + " vers d'autres membres du SPRO";
        return withEvidence(c, "SRV-04", "Procédure d'orientation jointe : " + oriented + ", " + threshold,
                "Procédure d'orientation déclarée, mais non jointe : " + oriented,
                "referral_procedure", true, "referrals_to_members", referrals);
    }

    // ---- NET

    private Result net01(Case c) {
        Activity a = c.a();
        Integer reported = a.territorialMeetingsHeld();
        if (reported != null && reported <= 0) {
            return new Result(Outcome.NON_APPLICABLE, "Non applicable : aucune réunion territoriale tenue dans l'année",
                    Inputs.of("territorial_meetings_held", reported));
        }
        int held = reported == null ? (int) parameters.value("NET-01.reunions-tenues-par-defaut") : reported;
        Integer attended = a.territorialMeetingsAttended();
        if (attended == null) {
            return missing("territorial_meetings_attended",
                    Inputs.of("territorial_meetings_attended", null, "territorial_meetings_held", held));
        }
        double share = attended / (double) held;
        String text = "Participation à " + count(attended, "réunion territoriale", "réunions territoriales") + " sur " + held
                + " (" + percent(attended, held) + ") : ";
        Map<String, Object> inputs = Inputs.of("territorial_meetings_attended", attended, "territorial_meetings_held", held);
        String threshold = "seuil de conformité " + parameters.text("NET-01.part-conforme");
        if (share >= parameters.value("NET-01.part-conforme")) {
            return new Result(Outcome.CONFORME, text + threshold, inputs);
        }
        return share >= parameters.value("NET-01.part-mineure") ? new Result(Outcome.NC_MINEURE, text + threshold, inputs)
                : new Result(Outcome.NC_MAJEURE, text + "moins de " + parameters.text("NET-01.part-mineure") + ", " + threshold, inputs);
    }

    private Result net02(Case c) {
        Integer sessions = c.a().inspiringPracticeSessions();
        if (sessions == null) {
            return missing("inspiring_practice_sessions", Inputs.of("inspiring_practice_sessions", null));
        }
        Map<String, Object> inputs = Inputs.of("inspiring_practice_sessions", sessions);
        String text = " aux espaces de pratiques inspirantes : seuil de conformité " + number(parameters.value("NET-02.seances-min"));
        return sessions >= parameters.value("NET-02.seances-min")
                ? new Result(Outcome.CONFORME, count(sessions, "participation", "participations") + text, inputs)
                : new Result(Outcome.NC_MINEURE, (sessions <= 0 ? "Aucune participation" : count(sessions, "participation", "participations"))
                        + text, inputs);
    }

    private Result net05(Case c) {
        Boolean displayed = c.q().sproIdentityDisplayed();
        if (displayed == null) {
            return missing("spro_identity_displayed", Inputs.of("spro_identity_displayed", null));
        }
        if (!displayed) {
            return new Result(Outcome.NC_MINEURE, "L'appartenance au SPRO n'est affichée ni dans les locaux ni sur le site internet",
                    Inputs.of("spro_identity_displayed", false));
        }
        return withEvidence(c, "NET-05", "Appartenance au SPRO affichée (locaux, site internet), photo ou lien joint",
                "Affichage de l'appartenance au SPRO déclaré, mais aucune photo ni aucun lien joint",
                "spro_identity_displayed", true);
    }

    // ---- PRO

    private Result pro01(Case c) {
        Integer participations = c.a().professionalisationParticipations();
        if (participations == null) {
            return missing("professionalisation_participations", Inputs.of("professionalisation_participations", null));
        }
        Membership membership = c.s().membership();
        if (participations < parameters.value("PRO-01.participations-mineure")) {
            Map<String, Object> inputs = Inputs.of("professionalisation_participations", participations, "membership", membership);
            String text = (participations <= 0 ? "Aucune participation" : count(participations, "participation", "participations"))
                    + " au plan de professionnalisation SPRO";
            return membership == Membership.ASSOCIATED
                    ? new Result(Outcome.NC_MINEURE, text + " (membre associé : non-conformité mineure)", inputs)
                    : new Result(Outcome.NC_MAJEURE, text, inputs);
        }
        int floor = (int) parameters.value("PRO-01.participations-plancher");
        double perFte = parameters.value("PRO-01.participations-par-etp");
        Double fte = c.a().advisersFte();
        if (fte == null) {
            Map<String, Object> inputs = Inputs.of("professionalisation_participations", participations, "advisers_fte", null);
            return participations < floor
                    ? new Result(Outcome.NC_MINEURE, count(participations, "participation", "participations")
                            + " au plan de professionnalisation : seuil de conformité d'au moins " + floor, inputs)
                    : missing("advisers_fte", inputs);
        }
        // perFte x fte rounded up, in decimals (0.1 x 30 is 3), and never under the floor.
        int expected = Math.max(floor, new BigDecimal(Double.toString(perFte)).multiply(new BigDecimal(Double.toString(fte)))
                .setScale(0, RoundingMode.CEILING).intValue());
        String text = count(participations, "participation", "participations") + " au plan de professionnalisation pour "
                + number(fte) + " ETP de conseillers : seuil de conformité " + expected + " (au moins " + floor + " et "
                + fractionOf(perFte, "des ETP") + ")";
        Map<String, Object> inputs = Inputs.of("professionalisation_participations", participations, "advisers_fte", fte);
        return new Result(participations >= expected ? Outcome.CONFORME : Outcome.NC_MINEURE, text, inputs);
    }

    private Result pro02(Case c) {
        Integer webinars = c.a().sectorWebinarsAttended();
        if (webinars == null) {
            return missing("sector_webinars_attended", Inputs.of("sector_webinars_attended", null));
        }
        double expected = parameters.value("PRO-02.webinaires-conforme");
        String text = count(webinars, "webinaire « 1h sur les secteurs et métiers » suivi",
                "webinaires « 1h sur les secteurs et métiers » suivis") + " : seuil de conformité " + number(expected);
        return new Result(webinars >= expected ? Outcome.CONFORME : Outcome.NC_MINEURE, text, Inputs.of("sector_webinars_attended", webinars));
    }

    // ---- QUA

    private Result qua01(Case c) {
        Integer respondents = c.a().satisfactionRespondents();
        Double rate = c.a().satisfactionRate();
        if (respondents == null) {
            return missing("satisfaction_respondents", Inputs.of("satisfaction_respondents", null, "satisfaction_rate", rate));
        }
        double sample = parameters.value("QUA-01.repondants-min");
        if (respondents < sample) {
            return new Result(Outcome.NC_MINEURE, "Échantillon insuffisant : " + count(respondents, "répondant", "répondants")
                    + " à l'enquête de satisfaction, au moins " + count(sample, "attendu", "attendus"),
                    Inputs.of("satisfaction_respondents", respondents, "satisfaction_rate", rate));
        }
        if (rate == null) {
            return missing("satisfaction_rate", Inputs.of("satisfaction_respondents", respondents, "satisfaction_rate", null));
        }
        String text = "Taux de satisfaction de " + number(rate) + " % (" + count(respondents, "répondant", "répondants") + ") : ";
        Map<String, Object> inputs = Inputs.of("satisfaction_respondents", respondents, "satisfaction_rate", rate);
        String threshold = "seuil de conformité " + parameters.text("QUA-01.taux-conforme");
        if (rate >= parameters.value("QUA-01.taux-conforme")) {
            return new Result(Outcome.CONFORME, text + threshold, inputs);
        }
        return rate >= parameters.value("QUA-01.taux-mineure") ? new Result(Outcome.NC_MINEURE, text + threshold, inputs)
                : new Result(Outcome.NC_MAJEURE, text + "moins de " + parameters.text("QUA-01.taux-mineure") + ", " + threshold, inputs);
    }

    private Result qua02(Case c) {
        Boolean procedure = c.q().complaintsProcedure();
        if (procedure == null) {
            return missing("complaints_procedure", Inputs.of("complaints_procedure", null));
        }
        if (!procedure) {
            return new Result(Outcome.NC_MINEURE, "Aucune procédure de traitement des réclamations", Inputs.of("complaints_procedure", false));
        }
        Integer received = c.a().complaintsReceived();
        if (received == null) {
            return missing("complaints_received", Inputs.of("complaints_procedure", true, "complaints_received", null));
        }
        if (received <= 0) {
            return new Result(Outcome.CONFORME, "Procédure de réclamation en place, aucune réclamation reçue dans l'année",
                    Inputs.of("complaints_procedure", true, "complaints_received", received));
        }
        Integer answered = c.a().complaintsAnswered30d();
        if (answered == null) {
            return missing("complaints_answered_30d",
                    Inputs.of("complaints_procedure", true, "complaints_received", received, "complaints_answered_30d", null));
        }
        double share = answered / (double) received;
        String text = count(answered, "réclamation traitée", "réclamations traitées") + " sous 30 jours sur " + received
                + " (" + percent(answered, received) + ") : ";
        Map<String, Object> inputs = Inputs.of("complaints_procedure", true, "complaints_received", received,
                "complaints_answered_30d", answered);
        String threshold = "seuil de conformité " + parameters.text("QUA-02.part-conforme");
        if (share >= parameters.value("QUA-02.part-conforme")) {
            return new Result(Outcome.CONFORME, text + threshold, inputs);
        }
        return share >= parameters.value("QUA-02.part-mineure") ? new Result(Outcome.NC_MINEURE, text + threshold, inputs)
                : new Result(Outcome.NC_MAJEURE, text + "moins de " + parameters.text("QUA-02.part-mineure") + ", " + threshold, inputs);
    }

    private Result qua03(Case c) {
        var plan = c.q().previousActionPlan();
        if (plan == null) {
            return missing("previous_action_plan", Inputs.of("previous_action_plan", null));
        }
        Map<String, Object> inputs = Inputs.of("previous_action_plan", plan);
        return switch (plan) {
            case NONE -> new Result(Outcome.NON_APPLICABLE, "Non applicable : pas de plan d'actions à la campagne précédente", inputs);
            case DONE -> new Result(Outcome.CONFORME, "Plan d'actions de la campagne précédente réalisé", inputs);
            case PARTIAL -> new Result(Outcome.NC_MINEURE, "Plan d'actions de la campagne précédente partiellement réalisé", inputs);
            case NOT_DONE -> new Result(Outcome.NC_MAJEURE, "Plan d'actions de la campagne précédente non réalisé", inputs);
        };
    }

    // ---- DEC

    private Result dec01(Case c) {
        Network network = c.s().network();
        if (!DROP_OUT_NETWORKS.contains(network)) {
            return new Result(Outcome.NON_APPLICABLE,
                    "Non applicable : critère réservé aux Missions locales, CIO et structures Information Jeunesse",
                    Inputs.of("network", network));
        }
        Boolean participates = c.q().psadParticipation();
        if (participates == null) {
            return missing("psad_participation", Inputs.of("network", network, "psad_participation", null));
        }
        Map<String, Object> inputs = Inputs.of("network", network, "psad_participation", participates);
        return participates
                ? new Result(Outcome.CONFORME, "Participation aux plateformes de suivi et d'appui aux décrocheurs", inputs)
                : new Result(Outcome.NC_MINEURE, "Pas de participation aux plateformes de suivi et d'appui aux décrocheurs", inputs);
    }

    // ---- shapes shared by several criteria

    private static Result missing(String input, Map<String, Object> inputs) {
        return new Result(Outcome.NC_MINEURE, "Information non renseignée : " + input, inputs);
    }

    private static Result yesOrMajor(Boolean answer, String question, String yes, String no) {
        return yesOr(Outcome.NC_MAJEURE, answer, question, yes, no);
    }

    private static Result yesOrMinor(Boolean answer, String question, String yes, String no) {
        return yesOr(Outcome.NC_MINEURE, answer, question, yes, no);
    }

    private static Result yesOr(Outcome otherwise, Boolean answer, String question, String yes, String no) {
        if (answer == null) {
            return missing(question, Inputs.of(question, null));
        }
        return answer ? new Result(Outcome.CONFORME, yes, Inputs.of(question, true))
                : new Result(otherwise, no, Inputs.of(question, false));
    }

    /** A count with a minimum for members, not applicable to associated members; the sentences end with the threshold. */
    private Result atLeastForMembers(Case c, Integer figure, String input, String minimum, Function<Integer, String> conforme,
                                     Function<Integer, String> mineure) {
        if (c.s().membership() == Membership.ASSOCIATED) {
            return new Result(Outcome.NON_APPLICABLE, "Non applicable aux membres associés", Inputs.of("membership", Membership.ASSOCIATED));
        }
        if (figure == null) {
            return missing(input, Inputs.of(input, null));
        }
        String threshold = " : seuil de conformité " + number(parameters.value(minimum));
        return figure >= parameters.value(minimum) ? new Result(Outcome.CONFORME, conforme.apply(figure) + threshold, Inputs.of(input, figure))
                : new Result(Outcome.NC_MINEURE, mineure.apply(figure) + threshold, Inputs.of(input, figure));
    }

    /**
     * A CONFORME that needs evidence when the catalogue says so: A_JUSTIFIER without it. The
     * inputs end with {@code <question>_evidence}.
     */
    private Result withEvidence(Case c, String criterion, String conforme, String toJustify, Object... inputs) {
        String question = catalogue.criterion(criterion).orElseThrow().evidenceQuestion().orElseThrow().code();
        boolean attached = c.q().evidenced().contains(question);
        Object[] all = java.util.Arrays.copyOf(inputs, inputs.length + 2);
        all[inputs.length] = question + "_evidence";
        all[inputs.length + 1] = attached;
        return new Result(attached ? Outcome.CONFORME : Outcome.A_JUSTIFIER, attached ? conforme : toJustify, Inputs.of(all));
    }
}
