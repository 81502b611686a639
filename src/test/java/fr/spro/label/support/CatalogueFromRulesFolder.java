package fr.spro.label.support;

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
        Catalogue catalogue = ReportFixtures.catalogue();
        return () -> catalogue;
    }
}
