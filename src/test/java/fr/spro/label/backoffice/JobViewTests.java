package fr.spro.label.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import fr.spro.label.batch.JobProgress;
import org.junit.jupiter.api.Test;

/** A campaign job as its page shows it: the bar never overflows, a failure reads without Java class names. */
class JobViewTests {

    static final LocalDateTime START = LocalDateTime.parse("2031-05-05T09:00:00");

    static JobView job(String status, long total, long done, LocalDateTime end, String failure) {
        return new JobView(new JobProgress(7, "2031", status, "evaluate", total, done, done, done, 1, 0, 0, 1, 3, 2, START, end,
                failure));
    }

    @Test
    void aFailureShowsTheMessageOfItsCauseWithoutTheExceptionClass() {
        JobView failed = job("FAILED", 60, 12, START.plusMinutes(1),
                "java.lang.IllegalStateException: le dossier d'audit de ML-DIJON n'a pas pu être écrit");

        assertThat(failed.failed()).isTrue();
        assertThat(failed.cause()).isEqualTo("le dossier d'audit de ML-DIJON n'a pas pu être écrit");
    }

    @Test
    void aCauseThatIsOnlyAClassNameOrNothingShowsNoCause() {
        assertThat(job("FAILED", 60, 12, START, "org.springframework.dao.DataAccessResourceFailureException").cause()).isNull();
        assertThat(job("FAILED", 60, 12, START, null).cause()).isNull();
    }

    @Test
    void aCauseWithoutClassNameIsShownAsItIs() {
        assertThat(job("FAILED", 60, 12, START, "Disque plein : 0 octet libre").cause()).isEqualTo("Disque plein : 0 octet libre");
    }

    @Test
    void aResumedRunNeverShowsMoreDoneThanTheTotalAndCountsBothKindsOfRejection() {
        JobView resumed = job("COMPLETED", 60, 75, START.plusMinutes(2), null);

        assertThat(resumed.done()).isEqualTo(60);
        assertThat(resumed.rejections()).isEqualTo(1 + 2);
        assertThat(resumed.succeeded()).isTrue();
        assertThat(resumed.running()).isFalse();
    }

    @Test
    void aJobWithoutEndIsRunningAndHasNoTotalBeforeTheEvaluationStep() {
        JobView starting = job("STARTED", 0, 0, null, null);

        assertThat(starting.running()).isTrue();
        assertThat(starting.hasTotal()).isFalse();
        assertThat(starting.failed()).isFalse();
        assertThat(starting.stepKey()).isEqualTo("backoffice.job.step.evaluate");
    }
}
