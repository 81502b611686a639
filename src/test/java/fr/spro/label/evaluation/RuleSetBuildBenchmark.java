package fr.spro.label.evaluation;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The rule set built as at start-up, in a fresh JVM each time (single shot, one fork per
 * measurement): read the files, compile them, check names and run the 200 sample structures.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 5, jvmArgsAppend = "-Dlogback.configurationFile=benchmark-logback.xml")
public class RuleSetBuildBenchmark {

    @Benchmark
    public RuleSet buildAtStartUp() {
        return RuleEngine.fromDirectory(Path.of("rules"), Clock.systemDefaultZone()).active();
    }
}
