package fr.spro.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import fr.spro.label.batch.CampaignJobs;
import fr.spro.label.batch.JobRefused;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.Evaluations;
import fr.spro.label.journal.Actor;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.review.Decisions;
import fr.spro.label.review.Review;
import fr.spro.label.support.TestDatabaseInitializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Horizontal scaling on the database, not on anything home-made: a second application instance,
 * started on the first one's database, serves the same registry (the application keeps no state of
 * its own) and cannot launch a campaign job that runs on the first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTests {

    @LocalServerPort int firstPort;
    @Autowired Environment firstEnvironment;
    @Autowired CampaignJobs firstJobs;
    @Autowired Review firstReview;
    @Autowired Evaluations evaluations;
    @Autowired Decisions decisions;

    ConfigurableApplicationContext second;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startASecondInstanceOnTheSameDatabase() {
        // Arguments, not default properties: those would lose to application.properties.
        second = new SpringApplicationBuilder(TerritoireOrientationApplication.class)
                .run("--spring.mongodb.uri=" + firstEnvironment.getProperty("spring.mongodb.uri"),
                        "--spring.mongodb.database=" + firstEnvironment.getProperty("spring.mongodb.database"),
                        "--server.port=0", "--spring.application.name=second-instance");
    }

    @AfterAll
    void stopTheSecondInstance() {
        second.close();
    }

    int secondPort() {
        return Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
    }

    String get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s on port %d", path, port).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).as("no session for an anonymous visitor").isEmpty();
        return response.body();
    }

    @Test
    void bothInstancesServeTheSameRegistryAndADecisionTakenOnOneShowsOnTheOther() throws Exception {
        assertThat(get(secondPort(), "/api/registry?size=100")).isEqualTo(get(firstPort, "/api/registry?size=100"))
                .contains("ML-DIJON");
        assertThat(get(secondPort(), "/registry.csv")).isEqualTo(get(firstPort, "/registry.csv"));

        String structure = evaluations.findByCampaign("2025").stream()
                .filter(e -> e.proposal() == LabelDecision.LABELLISE)
                .map(Evaluation::structureId)
                .filter(id -> decisions.findByStructureIdAndCampaign(id, "2025").isEmpty())
                .findFirst().orElseThrow();
        firstReview.decide(structure, "2025", null, null, new Actor("officier-test", "127.0.0.1"), LocalDate.of(2026, 1, 15));

        String onTheSecond = get(secondPort(), "/api/registry/" + structure);
        assertThat(onTheSecond).isEqualTo(get(firstPort, "/api/registry/" + structure)).contains("2026-01-15");
        // The searches and the open data too, though each instance holds its own copy of the registry in memory.
        assertThat(get(secondPort(), "/registry.csv")).isEqualTo(get(firstPort, "/registry.csv")).contains(structure + ",");
        assertThat(get(secondPort(), "/api/registry?sort=decidedOn&size=1")).contains(structure);
    }

    @Test
    void aCampaignJobRunningOnOneInstanceCannotBeLaunchedOnTheOther() throws Exception {
        CampaignJobs secondJobs = second.getBean(CampaignJobs.class);
        long running = firstJobs.launch("2024", null);
        try {
            assertThatThrownBy(() -> secondJobs.launch("2024", null))
                    .isInstanceOfSatisfying(JobRefused.class, refused -> assertThat(refused.code()).isEqualTo(JobRefused.Code.JOB_ALREADY_RUNNING));
        } finally {
            assertThat(firstJobs.await(running, Duration.ofMillis(50)).status()).isEqualTo("COMPLETED");
        }
        long afterwards = secondJobs.launch("2024", null);
        assertThat(secondJobs.await(afterwards, Duration.ofMillis(50)).status())
                .as("the lease was handed back; the other instance may run it now").isEqualTo("COMPLETED");
    }
}
