package fr.spro.label.evaluation;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a rule set refused at start-up into Spring Boot's "APPLICATION FAILED TO START" report:
 * every problem with its file and line, and what to do, instead of a stack trace.
 */
class RuleSetFailureAnalyzer extends AbstractFailureAnalyzer<RuleSetException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RuleSetException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Corrigez les fichiers de règles indiqués (dossier --rules-dir, ou rules/ de l'application), puis relancez. "
                        + "La commande check-rules vérifie un dossier de règles sans démarrer le site.",
                cause);
    }
}
