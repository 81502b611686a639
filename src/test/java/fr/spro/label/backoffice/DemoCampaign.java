package fr.spro.label.backoffice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import fr.spro.label.assessment.Campaigns;
import fr.spro.label.intake.EvidenceSource;
import fr.spro.label.intake.ImportKind;
import fr.spro.label.intake.IntakeService;
import fr.spro.label.support.CampaignFixture;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo data set's 2025 campaign (62 member and associated structures, 60 submitted
 * self-assessments with their evidence), opened then imported through the importer as the demo does.
 */
final class DemoCampaign {

    static final String CAMPAIGN = "2025";
    static final int SUBMITTED = 60;
    static final List<String> FILES = List.of("structures.csv", "activity-2025.json", "self-assessment-2025.csv");

    private DemoCampaign() {
    }

    static void importInto(Campaigns campaigns, IntakeService intake) {
        CampaignFixture.open(campaigns, Integer.parseInt(CAMPAIGN));
        for (String file : FILES) {
            intake.importFile(ImportKind.ofFileName(file).orElseThrow(), file, read(file), DemoCampaign::evidence);
        }
    }

    private static byte[] read(String file) {
        try {
            return new ClassPathResource("demo/" + file).getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<EvidenceSource.EvidenceFile> evidence(String name) {
        ClassPathResource resource = new ClassPathResource("demo/" + name);
        if (!resource.exists()) {
            return Optional.empty();
        }
        byte[] content = read(name);
        return Optional.of(new EvidenceSource.EvidenceFile() {
            @Override
            public long size() {
                return content.length;
            }

            @Override
            public byte[] read() {
                return content;
            }
        });
    }
}
