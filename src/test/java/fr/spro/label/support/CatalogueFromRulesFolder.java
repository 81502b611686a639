package fr.spro.label.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import fr.spro.label.evaluation.ActiveReferential;
import fr.spro.label.referential.Catalogue;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Stands in for the rule engine's {@link ActiveReferential} in the reports tests: the catalogue of the
 * top-level {@code rules/} folder. (Reports branch only; the rule engine provides the real one.)
 */
@TestConfiguration(proxyBeanMethods = false)
public class CatalogueFromRulesFolder {

    @Bean
    ActiveReferential activeReferential() {
        Catalogue catalogue = catalogue();
        return () -> catalogue;
    }

    public static Catalogue catalogue() {
        try {
            return Catalogue.parse(Files.readString(Path.of("rules", Catalogue.CRITERIA_FILE), StandardCharsets.UTF_8),
                    Files.readString(Path.of("rules", Catalogue.PROPERTIES_FILE), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
