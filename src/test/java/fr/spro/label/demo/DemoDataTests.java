package fr.spro.label.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import fr.spro.label.activity.ActivityReports;
import fr.spro.label.assessment.EvidenceStore;
import fr.spro.label.assessment.SelfAssessments;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Structures;
import fr.spro.label.structure.Territory;
import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.context.ActiveProfiles;

@IntegrationTest
@ActiveProfiles("demo")
class DemoDataTests {

    @Autowired Structures structures;
    @Autowired ActivityReports activity;
    @Autowired SelfAssessments assessments;
    @Autowired DemoDataLoader loader;
    @Autowired EvidenceStore evidenceStore;

    @Test
    void coversEveryNetworkMembershipAndTerritory() {
        var all = structures.findAll();
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        assertThat(all.stream().map(MemberStructure::network).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Network.class));
        assertThat(all.stream().map(MemberStructure::membership).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Membership.class));
        assertThat(all.stream().map(MemberStructure::territory).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Territory.class));
        assertThat(all).anySatisfy(s -> assertThat(s.city()).isEqualTo("Besançon"));
    }

    @Test
    void holdsActivityAndSelfAssessmentsForBothCampaigns() {
        Set<String> campaigns = activity.findAll().stream().map(a -> a.campaign()).collect(Collectors.toSet());
        assertThat(campaigns).containsExactlyInAnyOrder("2024", "2025");
        assertThat(assessments.findByStructureIdAndCampaign("ML-DIJON", "2025"))
                .hasValueSatisfying(a -> assertThat(a.answers()).containsKey("free_of_charge"));
        assertThat(assessments.findByStructureIdAndCampaign("ML-MONTBARD", "2025")).isEmpty();
    }

    @Test
    void loadsTheEvidenceBesideTheDemoFilesIntoTheStore() {
        var answer = assessments.findByStructureIdAndCampaign("ML-DIJON", "2025").orElseThrow().answers().get("accessibility_register");

        assertThat(answer.evidence()).singleElement().satisfies(evidence -> {
            assertThat(evidence.fileName()).isEqualTo("registre-accessibilite.pdf");
            assertThat(evidenceStore.open(evidence.fileId())).hasValueSatisfying(file ->
                    assertThat(file.contentType()).isEqualTo("application/pdf"));
        });
        assertThat(assessments.findByStructureIdAndCampaign("ML-DIJON", "2025").orElseThrow().answers()
                .get("confidentiality_rules").evidence()).singleElement()
                .satisfies(evidence -> assertThat(evidence.url()).startsWith("https://"));
    }

    @Test
    void neverLoadsTwice() throws Exception {
        long before = structures.count() + activity.count() + assessments.count();
        loader.run(new DefaultApplicationArguments());
        assertThat(structures.count() + activity.count() + assessments.count()).isEqualTo(before);
    }
}
