package fr.spro.label.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import fr.spro.label.Launcher;
import fr.spro.label.support.CommandRun;
import fr.spro.label.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The rule set is built once at start-up, from the bundled rules or from --rules-dir, or the start fails. */
class RuleEngineStartupTests {

    @TempDir
    Path rulesDir;

    private void copyBundledRules() throws IOException {
        for (Map.Entry<String, String> file : RuleFiles.fromDirectory(Path.of("rules")).entrySet()) {
            Files.writeString(rulesDir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static CommandRun launch(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--spring.mongodb.uri=" + TestDatabase.connectionString();
        all[args.length + 1] = "--spring.mongodb.database=rules_startup";
        return CommandRun.of(() -> Launcher.run(all));
    }

    @Test
    void startUpWithABrokenRuleFileFailsNamingTheFileAndTheLine() throws IOException {
        copyBundledRules();
        Path net = rulesDir.resolve("net.drl");
        String text = Files.readString(net).replace("a.inspiringPracticeSessions >= parameters.value(\"NET-02.seances-min\") )", "a.inspiringPracticeSessions >= parameters.value(\"NET-02.seances-min\")");
        Files.writeString(net, text);
        int thenLine = (int) text.substring(0, text.indexOf("then", text.indexOf("a.inspiringPracticeSessions >= parameters.value(\"NET-02.seances-min\")\n")))
                .chars().filter(c -> c == '\n').count() + 1;

        CommandRun run = launch("check-rules", "--rules-dir=" + rulesDir);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Jeu de règles refusé").contains("net.drl, ligne " + thenLine).contains("mismatched input 'then'");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void checkRulesDescribesTheRuleSetOfTheFolderGiven() throws IOException {
        copyBundledRules();
        Files.writeString(rulesDir.resolve("referential.properties"),
                Files.readString(rulesDir.resolve("referential.properties")).replace("version=2025.1", "version=2025.1-essai"));

        CommandRun run = launch("check-rules", "--rules-dir=" + rulesDir);

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).contains("Jeu de règles 2025.1-essai valide : 28 critères").contains("conclusions.drl")
                .contains("Propositions sur 1000 structures d'essai : LABELLISE");
    }

    @Test
    void aRefusedRuleSetIsReportedWithoutStackTraceWhenTheApplicationFailsToStart() {
        RuleSetException refused = new RuleSetException("acc.drl", 42, "[ERR 102] mismatched input");
        FailureAnalysis analysis = new RuleSetFailureAnalyzer()
                .analyze(new BeanCreationException("ruleEngine", "Failed to instantiate", refused));
        assertThat(analysis.getDescription()).contains("acc.drl, ligne 42 : [ERR 102] mismatched input");
        assertThat(analysis.getAction()).contains("check-rules");
    }
}
