package fr.spro.label.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import fr.spro.label.activity.ActivityReports;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Structures;
import fr.spro.label.structure.Territory;
import fr.spro.label.support.CampaignFixture;
import fr.spro.label.support.IntegrationTest;
import fr.spro.label.support.StructureFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A structure's own upload: rows naming another structure or campaign are rejected, the others imported. */
@IntegrationTest
class ImportScopeTests {

    @Autowired IntakeService intake;
    @Autowired Structures structures;
    @Autowired ActivityReports activity;
    @Autowired Campaigns campaigns;

    @BeforeEach
    void twoStructures() {
        CampaignFixture.open(campaigns, 2040);
        structures.saveAll(List.of(
                StructureFixture.member("SC-OWN", "Mission locale propre", "21000", "Dijon", Territory.DIJON_BEAUNE, Network.MISSION_LOCALE),
                StructureFixture.member("SC-OTHER", "Mission locale voisine", "21200", "Beaune", Territory.DIJON_BEAUNE, Network.MISSION_LOCALE)));
        activity.findByStructureIdAndCampaign("SC-OTHER", "2040").ifPresent(activity::delete);
        activity.findByStructureIdAndCampaign("SC-OWN", "2039").ifPresent(activity::delete);
    }

    static byte[] csv(String... rows) {
        return ("structure_id;campaign;people_received;weeks_closed\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void rejectsTheRowsOfAnotherStructureOrCampaignAndImportsTheOwnRow() {
        ImportReport report = intake.importFile(ImportKind.ACTIVITY, "activite.csv",
                csv("SC-OWN;2040;120;2", "SC-OTHER;2040;300;1", "SC-OWN;2039;80;3"), EvidenceSource.none(),
                ImportScope.ownRows("SC-OWN", "2040"));

        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.rejected()).isEqualTo(2);
        assertThat(report.rejections()).extracting(Rejection::line, Rejection::column, Rejection::value, Rejection::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "structure_id", "SC-OTHER", "OTHER_STRUCTURE"),
                        org.assertj.core.groups.Tuple.tuple(4, "campaign", "2039", "OTHER_CAMPAIGN"));
        assertThat(report.rejections().get(0).message()).contains("SC-OTHER", "SC-OWN");
        assertThat(activity.findByStructureIdAndCampaign("SC-OWN", "2040").orElseThrow().peopleReceived()).isEqualTo(120);
        assertThat(activity.findByStructureIdAndCampaign("SC-OTHER", "2040")).isEmpty();
        assertThat(activity.findByStructureIdAndCampaign("SC-OWN", "2039")).isEmpty();
    }

    @Test
    void keepsTheImportersOwnChecksInsideTheScope() {
        ImportReport report = intake.importFile(ImportKind.ACTIVITY, "activite.csv", csv("SC-OWN;2040;-4;60"),
                EvidenceSource.none(), ImportScope.ownRows("SC-OWN", "2040"));

        assertThat(report.rejections()).extracting(Rejection::column, Rejection::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("people_received", "NEGATIVE_VALUE"),
                        org.assertj.core.groups.Tuple.tuple("weeks_closed", "OUT_OF_RANGE"));
    }

    @Test
    void theMemberDirectoryCannotBeImportedForOneStructure() {
        assertThatThrownBy(() -> intake.importFile(ImportKind.STRUCTURES, "structures.csv", new byte[0], EvidenceSource.none(),
                ImportScope.ownRows("SC-OWN", "2040"))).isInstanceOf(IllegalArgumentException.class);
    }
}
