package fr.spro.label.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import fr.spro.label.assessment.CampaignWorkflow;
import fr.spro.label.intake.EvidenceSource;
import fr.spro.label.intake.ImportKind;
import fr.spro.label.intake.ImportReport;
import fr.spro.label.intake.IntakeService;
import fr.spro.label.journal.Actor;
import fr.spro.label.structure.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the demo set from {@code classpath:demo/} through the importer, as an officer would
 * import it, when the database holds no structure yet, so starting twice never loads it twice.
 * Like an officer, it first opens the campaigns its files name (2024 and 2025): an import never
 * opens one.
 * The PDF and PNG files beside the data are the evidence the answers name. A runner ordered
 * first, so a command-line verb started with {@code --demo} already sees the data.
 * Then {@link DemoReview} evaluates 2024, takes its decisions and evaluates 2025.
 */
@Component
@Profile("demo")
@Order(0)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    static final String FOLDER = "demo/";
    /** In import order: the directory first, so activity and answers name known structures. */
    static final List<String> FILES = List.of("structures.csv", "activity-2024.csv", "activity-2025.json",
            "self-assessment-2024.csv", "self-assessment-2025.csv");
    /** The campaigns the files name, opened before anything is imported. */
    static final List<Integer> CAMPAIGNS = List.of(2024, 2025);
    static final String ACTOR = "demo";

    private final Directory directory;
    private final CampaignWorkflow campaigns;
    private final IntakeService intake;
    private final DemoReview review;

    DemoDataLoader(Directory directory, CampaignWorkflow campaigns, IntakeService intake, DemoReview review) {
        this.directory = directory;
        this.campaigns = campaigns;
        this.intake = intake;
        this.review = review;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (directory.count() > 0) {
            log.info("Demo data not loaded: the database already holds structures");
            return;
        }
        CAMPAIGNS.forEach(year -> campaigns.openIfMissing(year, new Actor(ACTOR, ACTOR)));
        for (String file : FILES) {
            ImportReport report = intake.importFile(ImportKind.ofFileName(file).orElseThrow(), file, read(file), DemoDataLoader::evidence);
            report.rejections().forEach(r -> log.warn("Demo file {} line {}: {} {}", r.file(), r.line(), r.code(), r.message()));
        }
        log.info("Demo data loaded: {} structures", directory.count());
        review.replay();
    }

    private static byte[] read(String file) {
        try {
            return new ClassPathResource(FOLDER + file).getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Demo file missing from the classpath: " + file, e);
        }
    }

    /** Evidence beside the demo files, in the jar. */
    private static Optional<EvidenceSource.EvidenceFile> evidence(String name) {
        ClassPathResource resource = new ClassPathResource(FOLDER + name);
        if (!resource.exists()) {
            return Optional.empty();
        }
        return Optional.of(new EvidenceSource.EvidenceFile() {
            @Override
            public long size() {
                try {
                    return resource.contentLength();
                } catch (IOException e) {
                    return -1;
                }
            }

            @Override
            public byte[] read() throws IOException {
                return resource.getContentAsByteArray();
            }
        });
    }
}
