package fr.spro.label.reporting;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Timed harness beside the JMH benchmark: renders the benchmark's audit file many times and prints
 * the median wall-clock time and the median CPU time of the rendering thread. On a machine shared
 * with other builds the wall-clock time mostly measures waiting for a core; the CPU time does not.
 * Run as BENCHMARKS.md says; not part of the test suite.
 */
public final class AuditRenderingTiming {

    private static final int WARM_UP = 300;

    private AuditRenderingTiming() {
    }

    public static void main(String[] arguments) {
        int renders = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 500;
        AuditRenderingBenchmark benchmark = new AuditRenderingBenchmark();
        benchmark.compileTheTemplateAndPrepareOneAuditFile();
        for (int i = 0; i < WARM_UP; i++) {
            benchmark.fillAndExportOneAuditFile();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[renders];
        long[] cpu = new long[renders];
        int bytes = 0;
        for (int i = 0; i < renders; i++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            bytes = benchmark.fillAndExportOneAuditFile().length;
            wall[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "audit file (%d bytes), %d renders after %d warm-up: wall median %.1f ms (p10 %.1f, p90 %.1f); "
                        + "CPU median %.1f ms (p10 %.1f, p90 %.1f); load average %s%n",
                bytes, renders, WARM_UP, ms(wall, 0.5), ms(wall, 0.1), ms(wall, 0.9), ms(cpu, 0.5), ms(cpu, 0.1), ms(cpu, 0.9),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) (quantile * (sorted.length - 1))] / 1e6;
    }
}
