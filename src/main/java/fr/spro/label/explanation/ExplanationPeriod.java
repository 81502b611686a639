package fr.spro.label.explanation;

import java.util.Locale;

import fr.spro.label.evaluation.ActiveReferential;
import fr.spro.label.referential.Parameters;
import fr.spro.label.referential.ProcedurePeriods;
import org.springframework.stereotype.Component;

/** {@code explanation.period} of the rule set in force, in words ("1 mois", "1 month"): what the pages promise. */
@Component
class ExplanationPeriod {

    private final ActiveReferential referential;

    ExplanationPeriod(ActiveReferential referential) {
        this.referential = referential;
    }

    String text(Locale locale) {
        return referential.catalogue().parameters().parameter(ProcedurePeriods.EXPLANATION)
                .map(parameter -> Parameters.text(parameter, locale).replaceFirst(" ", "\u00A0"))
                .orElseThrow(() -> new IllegalStateException(ProcedurePeriods.EXPLANATION + " absent du jeu de règles en vigueur"));
    }
}
