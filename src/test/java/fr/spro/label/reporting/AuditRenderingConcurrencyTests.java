package fr.spro.label.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import fr.spro.label.assessment.Campaigns;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Structures;
import fr.spro.label.structure.Territory;
import fr.spro.label.support.PdfDocuments;
import fr.spro.label.support.ReportFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The campaign job renders audit files from two threads: what comes out must not depend on it. */
@ReportsIntegrationTest
class AuditRenderingConcurrencyTests {

    private static final int FILES = 20;
    private static final String CAMPAIGN = "2027";

    @Autowired
    AuditFiles auditFiles;
    @Autowired
    DocumentStore store;
    @Autowired
    Structures structures;
    @Autowired
    Campaigns campaigns;
    @Autowired
    Evaluations evaluations;

    final List<String> ids = new ArrayList<>();

    @BeforeEach
    void twentyEvaluatedStructures() {
        campaigns.ensure(Integer.parseInt(CAMPAIGN));
        Random random = new Random(20);
        for (int i = 0; i < FILES; i++) {
            String id = "CONC-" + i;
            Territory territory = Territory.values()[i % Territory.values().length];
            structures.save(ReportFixtures.structure(id, "Structure d'essai n° " + i + " à " + territory.label(), territory,
                    Network.values()[i % Network.values().length], Membership.MEMBER, LocalDate.of(2023, 1, 1)));
            evaluations.save(ReportFixtures.randomised(id, CAMPAIGN, random, true));
            ids.add(id);
        }
    }

    @Test
    void twentyAuditFilesRenderedOnTwoThreadsReadTheSameAsRenderedOneByOne() throws Exception {
        List<String> oneByOne = new ArrayList<>();
        for (String id : ids) {
            oneByOne.add(comparable(auditFiles.render(id, CAMPAIGN)));
        }

        List<String> onTwoThreads = onTwoThreads(id -> comparable(auditFiles.render(id, CAMPAIGN)));

        assertThat(onTwoThreads).hasSize(FILES).isEqualTo(oneByOne);
        assertThat(oneByOne).doesNotHaveDuplicates();
    }

    @Test
    void ensureForFromTwoThreadsAtOnceKeepsOneFilePerStructure() throws Exception {
        List<String> twice = new ArrayList<>(ids);
        twice.addAll(ids);

        List<String> stored = onTwoThreads(twice, id -> auditFiles.ensureFor(id, CAMPAIGN).renderedDigest());

        for (String id : ids) {
            assertThat(store.count("audit/" + id + "/" + CAMPAIGN)).as(id).isEqualTo(1);
        }
        assertThat(stored.subList(0, FILES)).isEqualTo(stored.subList(FILES, 2 * FILES));
    }

    private interface Work {
        String on(String id) throws Exception;
    }

    private List<String> onTwoThreads(Work work) throws Exception {
        return onTwoThreads(ids, work);
    }

    private static List<String> onTwoThreads(List<String> keys, Work work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String key : keys) {
                results.add(threads.submit((Callable<String>) () -> work.on(key)));
            }
            List<String> texts = new ArrayList<>();
            for (Future<String> result : results) {
                texts.add(result.get(2, TimeUnit.MINUTES));
            }
            return texts;
        } finally {
            threads.shutdown();
        }
    }

    /** The text without what differs from one rendering to the next: the document id and the generation time. */
    private static String comparable(byte[] pdf) {
        return PdfDocuments.text(pdf)
                .replaceAll("[0-9A-F]{12}", "<random part of the document id>")
                .replaceAll("\\d{1,2} \\p{L}+ \\d{4} à \\d{2}:\\d{2}", "<date>");
    }
}
