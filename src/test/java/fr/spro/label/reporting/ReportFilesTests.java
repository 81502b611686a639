package fr.spro.label.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import fr.spro.label.assessment.Campaigns;
import fr.spro.label.cli.CommandException;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Structures;
import fr.spro.label.structure.Territory;
import fr.spro.label.support.PdfDocuments;
import fr.spro.label.support.ReportFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/** What {@code evaluate --out=DIR} writes, and the {@code reports} command that writes it on its own. */
@ReportsIntegrationTest
class ReportFilesTests {

    @Autowired
    ReportsCommand command;
    @Autowired
    Structures structures;
    @Autowired
    Campaigns campaigns;
    @Autowired
    Evaluations evaluations;
    @Autowired
    DocumentStore store;

    @TempDir
    Path out;

    @Test
    void theReportsCommandWritesAnAuditFilePerEvaluationAndTheCrefopReport() throws IOException {
        campaigns.ensure(2032);
        for (String id : new String[] {"OUT-A", "OUT-B"}) {
            structures.save(ReportFixtures.structure(id, "Cap emploi de Lons-le-Saunier " + id, Territory.JURA, Network.CAP_EMPLOI,
                    Membership.MEMBER, LocalDate.of(2023, 3, 15)));
            evaluations.save(ReportFixtures.withConditions(id, "2032"));
        }

        int exitCode = command.run(new DefaultApplicationArguments("--campaign=2032", "--out=" + out));

        assertThat(exitCode).isZero();
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("audit-OUT-A-2032.pdf", "audit-OUT-B-2032.pdf", "crefop-2032.pdf", "crefop-2032.csv");
        }
        assertThat(PdfDocuments.text(Files.readAllBytes(out.resolve("audit-OUT-A-2032.pdf")))).contains("Cap emploi de Lons-le-Saunier OUT-A");
        assertThat(PdfDocuments.text(Files.readAllBytes(out.resolve("crefop-2032.pdf")))).contains("campagne 2032");
        assertThat(store.count("audit/OUT-B/2032")).isEqualTo(1);
    }

    @Test
    void theReportsCommandRefusesAnUnknownCampaignInFrench() {
        assertThatThrownBy(() -> command.run(new DefaultApplicationArguments("--campaign=1970", "--out=" + out)))
                .isInstanceOf(CommandException.class)
                .hasMessage("Campagne inconnue : « 1970 »");
    }
}
