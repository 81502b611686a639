package fr.spro.label.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * When a territory is shown as "Territoire d'Orientation" (referential.md, "Territory indicator"):
 * at least {@code minLabelledShare} of its eligible structures hold a valid label, and the quarterly
 * meetings held there (the maximum its members report; an unreported figure counts as
 * {@code defaultMeetingsHeld}) reach {@code minMeetingsHeld}. The thresholds are the Region's to change:
 * they are read from {@code referential.properties} beside the rule files, never written in Java.
 */
public record TerritoryIndicatorRule(double minLabelledShare, int minMeetingsHeld, int defaultMeetingsHeld) {

    static final String SHARE = "territory-indicator.labelled-share.min";
    static final String MEETINGS = "territory-indicator.meetings-held.min";
    static final String DEFAULT_MEETINGS = "activity.territorial-meetings-held.default";

    boolean isTerritoireOrientation(Double labelledShare, Integer meetingsHeld) {
        return labelledShare != null && labelledShare >= minLabelledShare
                && meetingsHeld != null && meetingsHeld >= minMeetingsHeld;
    }

    /** Reads the rule from {@code DIR/referential.properties} ({@code --rules-dir}) or the bundled {@code rules/}. */
    static TerritoryIndicatorRule load(Path rulesDir) {
        Properties properties = new Properties();
        String where = rulesDir == null ? "rules/referential.properties" : rulesDir.resolve("referential.properties").toString();
        try (InputStream in = rulesDir == null
                ? TerritoryIndicatorRule.class.getClassLoader().getResourceAsStream("rules/referential.properties")
                : Files.newInputStream(rulesDir.resolve("referential.properties"))) {
            if (in == null) {
                throw new IllegalStateException("Fichier du référentiel introuvable : " + where);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Fichier du référentiel illisible : " + where, e);
        }
        return new TerritoryIndicatorRule(number(properties, SHARE, where).doubleValue(),
                number(properties, MEETINGS, where).intValue(), number(properties, DEFAULT_MEETINGS, where).intValue());
    }

    private static Number number(Properties properties, String key, String where) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(where + " : clé « " + key + " » manquante (indicateur « Territoire d'Orientation »)");
        }
        try {
            return Double.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(where + " : « " + key + " » doit être un nombre, pas « " + value + " »", e);
        }
    }
}
