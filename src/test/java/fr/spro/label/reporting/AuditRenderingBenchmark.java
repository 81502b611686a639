package fr.spro.label.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.support.ReportFixtures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm fill + export of one audit file (3 pages, 28 findings, chart, embedded font), without the
 * database: what the campaign job pays per structure on top of reading and storing. Run as
 * BENCHMARKS.md says; not part of the test suite.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
public class AuditRenderingBenchmark {

    AuditPdf pdf;
    AuditView view;

    @Setup
    public void compileTheTemplateAndPrepareOneAuditFile() {
        Wording words = new Wording(WordingTests.messages(), Clock.system(ZoneId.of("Europe/Paris")));
        pdf = new AuditPdf(new ReportEngine(new ReportTemplates("reports"), WordingTests.messages()), words);
        Evaluation evaluation = ReportFixtures.everyOutcome("ML-BELFORT-HERICOURT", "2025");
        view = new AuditViews(words, "http://localhost:8080").of(ReportFixtures.structureWithAccents(), ReportFixtures.campaign(2025), evaluation,
                ReportFixtures.confirmed(evaluation, LocalDate.of(2026, 3, 14)), ReportFixtures.catalogue(), Locale.FRENCH);
        pdf.render(view, "TO-AUD-2025-ML-BELFORT-HERICOURT-000000000000", "14 mars 2026 à 10:00", Locale.FRENCH);
    }

    /** Time per audit file, one thread: the median is the figure of BENCHMARKS.md. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public byte[] fillAndExportOneAuditFile() {
        return pdf.render(view, "TO-AUD-2025-ML-BELFORT-HERICOURT-000000000000", "14 mars 2026 à 10:00", Locale.FRENCH);
    }

    /** Audit files per second when the campaign job renders on two threads, as it does on this 2-core machine. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public byte[] fillAndExportOnTwoThreads() {
        return pdf.render(view, "TO-AUD-2025-ML-BELFORT-HERICOURT-000000000000", "14 mars 2026 à 10:00", Locale.FRENCH);
    }
}
