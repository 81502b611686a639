package fr.spro.label.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import fr.spro.label.TerritoireOrientationApplication;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module boundaries as a test: each top-level package is a module that others use through
 * its top-level types only (Spring Modulith), and the referential and rule facts stay free of
 * Spring web and MongoDB types so the rules can be read, tested and run anywhere.
 */
class ArchitectureTests {

    static final ArchRule REFERENTIAL_AND_FACTS_ARE_PLAIN_JAVA = noClasses()
            .that().resideInAnyPackage("fr.spro.label.referential..", "fr.spro.label.evaluation.facts..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.data.mongodb..", "org.springframework.data.annotation..",
                    "com.mongodb..", "org.bson..", "jakarta.servlet..")
            .as("the referential and the rule facts depend on no Spring web or MongoDB type");

    @Test
    void modulesOnlyUseEachOthersPublicTypesAndHaveNoCycles() {
        ApplicationModules.of(TerritoireOrientationApplication.class).verify();
    }

    @Test
    void referentialAndRuleFactsAreFreeOfWebAndStorageTypes() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.spro.label");
        REFERENTIAL_AND_FACTS_ARE_PLAIN_JAVA.check(classes);
    }

    /**
     * No module reaches another module's documents beyond the reads still listed in
     * {@code architecture/ownership-baseline.txt}, which may only shrink: a new one fails, and so
     * does a listed one that is gone (remove its line). The evaluations are already written by
     * their module alone; the listed reads move behind their owners' queries one by one.
     */
    @Test
    void eachCollectionIsReachedOnlyByTheModuleThatOwnsIt() throws IOException {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.spro.label");
        Set<String> found = new TreeSet<>(DataOwnership.storeAccessStaysInTheOwningModule("fr.spro.label.").evaluate(classes)
                .getFailureReport().getDetails());
        Set<String> baseline = new TreeSet<>(new ClassPathResource("architecture/ownership-baseline.txt")
                .getContentAsString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList());

        assertThat(found).as("new reach into another module's documents: go through the owner's queries instead")
                .isSubsetOf(baseline);
        assertThat(baseline).as("reach into another module's documents that is gone: remove its line from the baseline")
                .isSubsetOf(found);
    }

    @Test
    void theOwnershipRuleFailsWhenAModuleQueriesAnotherModulesDocuments() {
        String base = "fr.spro.label.architecture.broken.ownership.";
        JavaClasses broken = new ClassFileImporter().importPackages(base.substring(0, base.length() - 1));
        assertThatThrownBy(() -> DataOwnership.storeAccessStaysInTheOwningModule(base).check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("document du module");
    }

    @Test
    void theStorageRuleFailsWhenAFactDependsOnMongo() {
        JavaClasses broken = new ClassFileImporter().importClasses(fr.spro.label.evaluation.facts.BrokenFactFixture.class);
        assertThatThrownBy(() -> REFERENTIAL_AND_FACTS_ARE_PLAIN_JAVA.check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.bson.Document");
    }

    @Test
    void moduleVerificationFailsWhenAModuleReachesIntoAnotherModulesInternals() {
        assertThatThrownBy(() -> ApplicationModules.of("fr.spro.label.architecture.broken", location -> true).verify())
                .hasMessageContaining("internal");
    }
}
