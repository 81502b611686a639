package fr.spro.label.referential;

import java.util.Locale;
import java.util.Optional;

/**
 * One criterion of the catalogue ({@code rules/criteria.csv}). Its id (e.g. {@code NET-01}) is a
 * contract: it appears verbatim in rule names, findings, reports and the API.
 *
 * @param evidenceQuestion the answer that needs evidence for a CONFORME, or empty
 */
public record Criterion(String id, Theme theme, String titleFr, String titleEn,
                        Optional<Question> evidenceQuestion, String helpFr, String helpEn) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleFr;
    }

    public String help(Locale locale) {
        return "en".equals(locale.getLanguage()) ? helpEn : helpFr;
    }
}
