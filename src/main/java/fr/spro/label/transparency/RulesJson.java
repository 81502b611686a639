package fr.spro.label.transparency;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code GET /api/rules}: the rules in force as the public page shows them, for programs. The same
 * {@link RulesInForce} as the page, flattened: criteria in the catalogue's order, each with its theme.
 */
@Schema(description = "Les règles du traitement algorithmique en vigueur (CRPA L312-1-3), produites à partir du jeu de règles en vigueur")
record RulesJson(
        @Schema(description = "Version du référentiel (referential.properties), p. ex. 2025.1 ; un changement de seuil la garde")
        String version,
        @Schema(description = "Empreinte SHA-256 des fichiers du jeu de règles, paramètres compris : elle distingue deux jeux de même version")
        String fingerprint,
        @Schema(description = "Date et heure de la mise en vigueur par un agent ; null pour les règles de l'application, "
                + "en vigueur depuis sa mise en service, date que l'application n'enregistre pas", nullable = true)
        Instant inForceSince,
        @Schema(description = "Adresse de la page publique « Comment le label est attribué »")
        String page,
        @Schema(description = "Ce que produit le traitement : une proposition ; un agent de la Région décide")
        String decidedBy,
        List<CriterionJson> criteria,
        List<DecisionGroupJson> decisionRules,
        @Schema(description = "Noms des règles de décision telles que les fichiers du jeu de règles les écrivent (en français)")
        List<String> decisionRuleNames,
        @Schema(description = "Délais de la procédure (groupe PROCEDURE des paramètres)")
        List<ParameterJson> periods,
        @Schema(description = "Jeux de règles en vigueur avant celui-ci, le plus récent d'abord")
        List<EarlierJson> earlierVersions,
        @Schema(description = "Vrai quand des versions plus anciennes existent au-delà de celles listées")
        boolean olderVersionsNotListed) {

    @Schema(description = "Un critère du catalogue")
    record CriterionJson(
            @Schema(description = "Identifiant, p. ex. ACC-03") String id,
            @Schema(description = "Code du thème, p. ex. ACC") String theme,
            String themeTitle,
            String title,
            @Schema(description = "Ce que le critère vérifie (texte d'aide du catalogue)") String checks,
            @Schema(description = "Seuils et valeurs par défaut qu'il applique (parameters.csv)") List<ParameterJson> parameters,
            @Schema(description = "Noms de ses règles, une par conclusion possible (en français)") List<String> rules) {
    }

    @Schema(description = "Un paramètre tel que le jeu de règles en vigueur l'applique")
    record ParameterJson(
            @Schema(description = "Nom, p. ex. ACC-03.heures-conforme") String name,
            String label,
            @Schema(description = "integer, decimal, share (part entre 0 et 1), years, months ou days") String type,
            @Schema(description = "Valeur comparée par les règles ; une part est entre 0 et 1") BigDecimal value,
            @Schema(description = "Unité de la valeur ; null pour une part", nullable = true) String unit,
            @Schema(description = "min : la valeur est un plancher (au moins) ; max : un plafond (au plus) ; none", allowableValues = {"min", "max", "none"})
            String bound,
            @Schema(description = "La valeur avec son unité et sa borne, en mots, p. ex. « au moins 24 h »") String text) {

        static ParameterJson of(RulesInForce.Threshold threshold) {
            return new ParameterJson(threshold.name(), threshold.label(), threshold.type(), threshold.value(), threshold.unit(),
                    threshold.bound().name().toLowerCase(Locale.ROOT), threshold.text());
        }
    }

    @Schema(description = "Un groupe de règles de décision")
    record DecisionGroupJson(
            @Schema(description = "compliance, proposal, action-plan, scores ou territory") String key,
            String title,
            @Schema(nullable = true) String intro,
            List<DecisionRuleJson> rules) {
    }

    @Schema(description = "Une règle de décision : ce qu'elle donne, et quand")
    record DecisionRuleJson(
            @Schema(description = "Code de ce qu'elle donne (CONFORME, LABELLISE...), null pour une règle de méthode", nullable = true)
            String outcome,
            @Schema(nullable = true) String outcomeLabel,
            String condition,
            @Schema(description = "Noms des paramètres dont la phrase donne la valeur") List<String> parameters) {
    }

    @Schema(description = "Un jeu de règles en vigueur auparavant")
    record EarlierJson(
            String version,
            String fingerprint,
            @Schema(description = "Mise en vigueur ; null pour les règles de l'application, en vigueur depuis sa mise en service", nullable = true)
            Instant inForceFrom,
            @Schema(description = "Remplacé à cette date et heure") Instant inForceUntil,
            @Schema(description = "Vrai quand un agent l'a mis en vigueur ; faux pour les règles de l'application") boolean activated) {
    }

    static RulesJson of(RulesInForce rules, String page, String decidedBy) {
        List<CriterionJson> criteria = rules.themes().stream().flatMap(theme -> theme.criteria().stream())
                .map(c -> new CriterionJson(c.id(), c.theme(), c.themeTitle(), c.title(), c.checks(),
                        c.thresholds().stream().map(ParameterJson::of).toList(), c.rules()))
                .toList();
        List<DecisionGroupJson> decisions = rules.decisionRules().stream()
                .map(g -> new DecisionGroupJson(g.key(), g.title(), g.intro(), g.rules().stream()
                        .map(r -> new DecisionRuleJson(r.outcome(), r.outcomeLabel(), r.condition(), r.parameters())).toList()))
                .toList();
        return new RulesJson(rules.version(), rules.fingerprint(), rules.inForceSince(), page, decidedBy, criteria, decisions,
                rules.ruleNames(), rules.periods().stream().map(ParameterJson::of).toList(),
                rules.earlierVersions().stream().map(e -> new EarlierJson(e.version(), e.fingerprint(), e.from(), e.until(), e.activated()))
                        .toList(),
                rules.olderNotListed());
    }
}
