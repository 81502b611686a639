package fr.spro.label.evaluation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One structure's full evaluation (facts, findings with their French sentences, compliance,
 * proposal, action plan, scores, digest) through the Drools rules and through the plain-Java
 * {@link ReferenceEvaluator}, on the same 10,000 sample structures, taken in batches of
 * {@code batchSize}: the rules evaluate a batch in shared sessions, the plain Java one by one.
 * Not run by {@code mvn verify}; the command is in BENCHMARKS.md ({@code -opi} = batch size gives
 * the time per structure).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dlogback.configurationFile=benchmark-logback.xml"})
public class RuleEngineBenchmark {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T09:30:00Z"), ZoneId.of("Europe/Paris"));

    @Param({"1", "100", "10000"})
    public int batchSize;

    private RuleSet rules;
    private ReferenceEvaluator plainJava;
    private List<EvaluationRequest> fixtures;
    private int next;

    @Setup
    public void compileAndGenerate() {
        rules = RuleEngine.fromDirectory(Path.of("rules"), CLOCK).active();
        plainJava = new ReferenceEvaluator(rules, CLOCK);
        fixtures = SampleRequests.generate(20251231L, 10_000);
    }

    private List<EvaluationRequest> nextBatch() {
        if (next + batchSize > fixtures.size()) {
            next = 0;
        }
        List<EvaluationRequest> batch = fixtures.subList(next, next + batchSize);
        next += batchSize;
        return batch;
    }

    @Benchmark
    public List<Evaluation> rules() {
        return rules.evaluateAll(nextBatch());
    }

    @Benchmark
    public List<Evaluation> plainJava() {
        List<EvaluationRequest> batch = nextBatch();
        List<Evaluation> evaluations = new ArrayList<>(batch.size());
        for (EvaluationRequest request : batch) {
            evaluations.add(plainJava.evaluate(request));
        }
        return evaluations;
    }
}
