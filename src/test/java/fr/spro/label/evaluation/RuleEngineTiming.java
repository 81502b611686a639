package fr.spro.label.evaluation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A timed harness beside the JMH benchmark, for a shared machine: it measures the CPU time of
 * the evaluating thread (what other processes on the machine do not change much), alternating
 * rules and plain Java in every round so that both see the same conditions, and prints the
 * median of the rounds. Run by the command in BENCHMARKS.md, never by {@code mvn verify}.
 *
 * <p>Arguments: rounds (default 7), then batch sizes (default 1 100 10000).
 */
public final class RuleEngineTiming {

    private static final ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();
    private static final int STRUCTURES = 10_000;

    private RuleEngineTiming() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int[] batchSizes = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 100, 10_000};
        Clock clock = Clock.systemDefaultZone();
        long start = System.nanoTime();
        RuleSet rules = RuleEngine.fromDirectory(Path.of("rules"), clock).active();
        System.out.printf(Locale.ROOT, "rule set %s built and checked in %d ms (compiling %d ms)%n", rules.version(),
                (System.nanoTime() - start) / 1_000_000, rules.buildTime().toMillis());
        ReferenceEvaluator plainJava = new ReferenceEvaluator(rules, clock);
        List<EvaluationRequest> fixtures = SampleRequests.generate(20251231L, STRUCTURES);

        for (int warmUp = 0; warmUp < 2; warmUp++) {
            for (int batch : batchSizes) {
                evaluateWithRules(rules, fixtures, batch);
            }
            evaluateInPlainJava(plainJava, fixtures);
        }
        double[][] rulesMicros = new double[batchSizes.length][rounds];
        double[] plainMicros = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            for (int b = 0; b < batchSizes.length; b++) {
                rulesMicros[b][round] = evaluateWithRules(rules, fixtures, batchSizes[b]);
            }
            plainMicros[round] = evaluateInPlainJava(plainJava, fixtures);
        }
        double plain = median(plainMicros);
        System.out.printf(Locale.ROOT, "plain Java            : %7.1f µs CPU per structure (median of %d rounds of %d)%n",
                plain, rounds, STRUCTURES);
        for (int b = 0; b < batchSizes.length; b++) {
            double median = median(rulesMicros[b]);
            System.out.printf(Locale.ROOT, "rules, batch %-6d   : %7.1f µs CPU per structure, %.2fx plain Java%n",
                    batchSizes[b], median, median / plain);
        }
    }

    private static double evaluateWithRules(RuleSet rules, List<EvaluationRequest> fixtures, int batch) {
        long cpu = THREAD.getCurrentThreadCpuTime();
        int evaluated = 0;
        for (int from = 0; from < fixtures.size(); from += batch) {
            evaluated += rules.evaluateAll(fixtures.subList(from, Math.min(fixtures.size(), from + batch))).size();
        }
        return perStructure(cpu, evaluated);
    }

    private static double evaluateInPlainJava(ReferenceEvaluator plainJava, List<EvaluationRequest> fixtures) {
        long cpu = THREAD.getCurrentThreadCpuTime();
        List<Evaluation> evaluations = new ArrayList<>(fixtures.size());
        for (EvaluationRequest request : fixtures) {
            evaluations.add(plainJava.evaluate(request));
        }
        return perStructure(cpu, evaluations.size());
    }

    private static double perStructure(long cpuBefore, int evaluated) {
        return (THREAD.getCurrentThreadCpuTime() - cpuBefore) / 1_000.0 / evaluated;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
