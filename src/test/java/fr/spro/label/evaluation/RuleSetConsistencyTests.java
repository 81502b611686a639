package fr.spro.label.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.spro.label.referential.Catalogue;
import fr.spro.label.referential.Criterion;
import fr.spro.label.referential.Parameter;
import fr.spro.label.referential.Parameters;
import fr.spro.label.referential.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rule files, the catalogue, {@code parameters.csv} and {@code rules/README.md} say the same
 * thing: every criterion has its rules (in its theme's file), its titles and help, and its README
 * row; every rule names its criterion, says which outcome it gives and carries no number; every
 * threshold of a criterion is read from {@code parameters.csv} by the rules of that criterion.
 */
class RuleSetConsistencyTests {

    private static final Path RULES = Path.of("rules");
    private static final Pattern RULE = Pattern.compile("(?ms)^rule \"([^\"]+)\"\\R(.*?)^end$");
    private static final Pattern VERDICT = Pattern.compile("Verdict\\.(\\w+)\\(\\$case, \"([A-Z]{3}-\\d{2})\"");
    private static final Pattern PARAMETER = Pattern.compile("parameters\\.(?:value|text)\\(\"([^\"]*)\"\\)");
    private static final Pattern GLOBAL = Pattern.compile("(?m)^global fr\\.spro\\.label\\.referential\\.Parameters parameters;$");
    private static final Pattern CRITERION_ID = Pattern.compile("[A-Z]{3}-\\d{2}");
    private static final Map<String, List<String>> FACTORIES_BY_NAME_ENDING = Map.of(
            "(conforme)", List.of("conforme"),
            "(non-conformité mineure)", List.of("ncMineure", "nonRenseigne"),
            "(non-conformité majeure)", List.of("ncMajeure"),
            "(à justifier)", List.of("aJustifier"),
            "(non applicable)", List.of("nonApplicable"));

    private record Rule(String file, String name, String body) {
        String criterion() {
            return name.substring(0, 6);
        }

        /** The condition, between {@code when} and {@code then}. */
        String condition() {
            return body.substring(body.indexOf("when") + "when".length(), body.indexOf("\nthen\n"));
        }

        /** The names of the parameters the rule reads. */
        Set<String> parameters() {
            Set<String> names = new TreeSet<>();
            Matcher matcher = PARAMETER.matcher(body);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }
    }

    private static Catalogue catalogue;
    private static List<Rule> criterionRules;
    private static List<Rule> decisionRules;

    @BeforeAll
    static void readRuleFiles() throws IOException {
        catalogue = Catalogue.parse(read(Catalogue.CRITERIA_FILE), read(Catalogue.PROPERTIES_FILE), read(Parameters.FILE));
        criterionRules = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            criterionRules.addAll(rules(theme.name().toLowerCase(Locale.ROOT) + ".drl"));
        }
        decisionRules = rules("conclusions.drl");
    }

    private static String read(String file) throws IOException {
        return Files.readString(RULES.resolve(file), StandardCharsets.UTF_8);
    }

    private static List<Rule> rules(String file) throws IOException {
        List<Rule> rules = new ArrayList<>();
        Matcher matcher = RULE.matcher(read(file));
        while (matcher.find()) {
            rules.add(new Rule(file, matcher.group(1), matcher.group(2)));
        }
        return rules;
    }

    @Test
    void thereIsOneRuleFilePerThemePlusTheDecisions() throws IOException {
        try (var files = Files.list(RULES)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")))
                    .containsExactlyInAnyOrder("acc.drl", "neu.drl", "srv.drl", "net.drl", "pro.drl", "qua.drl", "eco.drl",
                            "dec.drl", "conclusions.drl");
        }
    }

    @Test
    void everyCriterionOfTheCatalogueHasRulesInTheFileOfItsTheme() {
        for (Criterion criterion : catalogue.criteria()) {
            assertThat(criterionRules).as(criterion.id())
                    .filteredOn(r -> r.criterion().equals(criterion.id()))
                    .hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(r -> assertThat(r.file()).isEqualTo(criterion.theme().name().toLowerCase(Locale.ROOT) + ".drl"));
        }
    }

    @Test
    void everyRuleOfAThemeStartsWithTheIdOfACatalogueCriterion() {
        assertThat(criterionRules).hasSizeGreaterThan(100).allSatisfy(rule -> {
            assertThat(rule.name()).matches("[A-Z]{3}-\\d{2} .+");
            assertThat(catalogue.criterion(rule.criterion())).as(rule.name()).isPresent();
        });
        assertThat(criterionRules.stream().map(Rule::name).distinct()).hasSameSizeAs(criterionRules);
    }

    @Test
    void everyDecisionRuleStartsWithWhatItDecides() {
        assertThat(decisionRules).isNotEmpty().allSatisfy(rule -> assertThat(RuleSetChecks.DECISION_PREFIXES)
                .as(rule.name()).anySatisfy(prefix -> assertThat(rule.name()).startsWith(prefix)));
        assertThat(decisionRules.stream().map(Rule::name).distinct()).hasSameSizeAs(decisionRules);
    }

    /** A threshold lives in parameters.csv: a name that cited it would be wrong as soon as it changes. */
    @Test
    void ruleNamesCarryNoNumberAfterWhatTheyAreAbout() {
        assertThat(criterionRules).allSatisfy(rule -> assertThat(rule.name().substring(rule.criterion().length()))
                .as(rule.name()).doesNotContainPattern("\\d"));
        assertThat(decisionRules).allSatisfy(rule -> {
            String prefix = RuleSetChecks.DECISION_PREFIXES.stream().filter(rule.name()::startsWith).findFirst().orElseThrow();
            assertThat(rule.name().substring(prefix.length())).as(rule.name()).doesNotContainPattern("\\d");
        });
    }

    @Test
    void everyParameterOfACriterionIsReadByARuleOfThatCriterion() {
        Map<String, Set<String>> criteriaReading = new LinkedHashMap<>();
        for (Rule rule : criterionRules) {
            rule.parameters().forEach(name -> criteriaReading.computeIfAbsent(name, n -> new TreeSet<>()).add(rule.criterion()));
        }
        for (Parameter parameter : catalogue.parameters().all()) {
            if (CRITERION_ID.matcher(parameter.criterion()).matches()) {
                assertThat(criteriaReading).as(parameter.name() + " lu par une règle").containsKey(parameter.name());
                assertThat(criteriaReading.get(parameter.name())).as(parameter.name() + " lu par les règles de son critère seulement")
                        .containsExactly(parameter.criterion());
            }
        }
    }

    @Test
    void noRuleReadsAParameterMissingFromTheFile() {
        List<Rule> all = new ArrayList<>(criterionRules);
        all.addAll(decisionRules);
        assertThat(all).allSatisfy(rule -> assertThat(rule.parameters()).as(rule.name())
                .allSatisfy(name -> assertThat(catalogue.parameters().contains(name)).as(name).isTrue()));
        assertThat(all.stream().flatMap(rule -> rule.parameters().stream()))
                .contains("DECISION.mineures-max-conditions", "SCORE.poids-mineure");
    }

    /**
     * No number of the referential is left in a condition: the only literal a condition compares
     * with is 0 ("none"), and {@code count(1)} is how an accumulate counts.
     */
    @Test
    void conditionsReadTheirThresholdsFromTheParameters() {
        Pattern number = Pattern.compile("(?<![\\w.$])\\d+(?:\\.\\d+)?(?![\\w.])");
        List<Rule> all = new ArrayList<>(criterionRules);
        all.addAll(decisionRules);
        assertThat(all).allSatisfy(rule -> {
            String condition = rule.condition().replaceAll("\"[^\"]*\"", "\"\"").replace("count(1)", "count()");
            List<String> literals = number.matcher(condition).results().map(MatchResult::group).filter(n -> !n.equals("0")).toList();
            assertThat(literals).as(rule.name()).isEmpty();
        });
    }

    /** The global is declared by the files that read a parameter, and only by them. */
    @Test
    void aFileDeclaresTheParametersGlobalWhenItReadsAParameter() throws IOException {
        try (var files = Files.list(RULES)) {
            for (String file : files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")).toList()) {
                String text = read(file);
                assertThat(GLOBAL.matcher(text).find()).as(file).isEqualTo(PARAMETER.matcher(text).find());
            }
        }
    }

    @Test
    void everyRuleConcludesOnItsOwnCriterionWithTheOutcomeItsNameSays() {
        assertThat(criterionRules).allSatisfy(rule -> {
            Matcher verdict = VERDICT.matcher(rule.body());
            assertThat(verdict.find()).as(rule.name() + " insère un Verdict").isTrue();
            assertThat(verdict.group(2)).as(rule.name()).isEqualTo(rule.criterion());
            String ending = rule.name().substring(rule.name().lastIndexOf('('));
            assertThat(FACTORIES_BY_NAME_ENDING.get(ending)).as(rule.name()).contains(verdict.group(1));
            assertThat(verdict.find()).as(rule.name() + " conclut une seule fois").isFalse();
        });
    }

    @Test
    void evidenceTurnsConformeIntoToJustifyOnExactlyTheAnswersOfTheCatalogue() {
        for (Criterion criterion : catalogue.criteria()) {
            List<Rule> toJustify = criterionRules.stream()
                    .filter(r -> r.criterion().equals(criterion.id()) && r.name().endsWith("(à justifier)")).toList();
            List<Rule> readingEvidence = criterionRules.stream()
                    .filter(r -> r.criterion().equals(criterion.id()) && r.body().contains("q.evidenced")).toList();
            if (criterion.evidenceQuestion().isPresent()) {
                String question = criterion.evidenceQuestion().get().code();
                assertThat(toJustify).as(criterion.id()).hasSize(1);
                assertThat(toJustify.get(0).body()).contains("q.evidenced not contains \"" + question + "\"");
                assertThat(readingEvidence).as(criterion.id()).extracting(Rule::name).hasSize(2)
                        .anySatisfy(name -> assertThat(name).endsWith("(conforme)"))
                        .anySatisfy(name -> assertThat(name).endsWith("(à justifier)"));
            } else {
                assertThat(toJustify).as(criterion.id()).isEmpty();
                assertThat(readingEvidence).as(criterion.id()).isEmpty();
            }
        }
    }

    @Test
    void everyCriterionHasItsFrenchAndEnglishTitleAndHelp() {
        assertThat(catalogue.criteria()).hasSize(28).allSatisfy(c -> assertThat(List.of(c.titleFr(), c.titleEn(), c.helpFr(), c.helpEn()))
                .as(c.id()).allSatisfy(text -> assertThat(text).isNotBlank()));
    }

    @Test
    void theReadmeListsEveryCriterionWithItsTitleFileAndRules() throws IOException {
        Map<String, List<String>> rows = readmeRows("\\| [A-Z]{3}-\\d{2} \\|");
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (Criterion criterion : catalogue.criteria()) {
            List<Rule> rules = criterionRules.stream().filter(r -> r.criterion().equals(criterion.id())).toList();
            expected.put(criterion.id(), List.of(criterion.titleFr(), rules.get(0).file(),
                    rules.stream().map(Rule::name).collect(Collectors.joining("<br>"))));
        }
        assertThat(rows).containsExactlyEntriesOf(expected);
    }

    @Test
    void theReadmeListsEveryDecisionRule() throws IOException {
        assertThat(readmeRows("\\| conclusions\\.drl \\|").values()).extracting(cells -> cells.get(0))
                .containsExactlyElementsOf(decisionRules.stream().map(Rule::name).toList());
    }

    /** The table rows of the README whose first cell matches, keyed by that cell (numbered when repeated). */
    private static Map<String, List<String>> readmeRows(String firstCellRegex) throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        Pattern row = Pattern.compile(firstCellRegex + ".*");
        for (String line : read("README.md").split("\\R")) {
            if (row.matcher(line).matches()) {
                List<String> cells = new ArrayList<>(List.of(line.substring(1, line.length() - 1).split("\\|")));
                cells.replaceAll(String::strip);
                String key = cells.remove(0);
                rows.put(rows.containsKey(key) ? key + "#" + rows.size() : key, cells);
            }
        }
        return rows;
    }
}
