package fr.spro.label.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.spro.benchmark.BareEndpoints;
import fr.spro.label.TerritoireOrientationApplication;
import fr.spro.label.evaluation.ActiveReferential;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.review.Decision;
import fr.spro.label.review.Decisions;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Structures;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The public registry under load: {@code BENCHMARKS.md} § Registry under load. Not a test; run by hand.
 *
 * <p>Serves the application on a store that holds an imported data set, grants the label to each of
 * its structures that has none yet (a decision per structure as the review stores it, then one
 * registry refresh, timed), and runs {@code wrk} — a fixed number of connections on loopback, a
 * every target warmed up, then each measured — against the registry's API and search page, and against a bare
 * endpoint of each filter chain: it goes through the same Tomcat, security filters and message
 * writer but reads nothing, the framework's ceiling.
 *
 * <p>Arguments: {@code --data-dir=DIR} (required), {@code --campaign=2025}, {@code --port=8089},
 * {@code --connections=100}, {@code --threads=2}, {@code --duration=30}, {@code --warm-up=15} (seconds).
 */
public final class RegistryLoadBenchmark {

    private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|99)%\\s+([\\d.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
    private static final Pattern THROUGHPUT = Pattern.compile("^Requests/sec:\\s+([\\d.]+)", Pattern.MULTILINE);
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private RegistryLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String dataDir = options.get("data-dir");
        if (dataDir == null) {
            throw new IllegalArgumentException("--data-dir=DIR is required (a store with an imported data set)");
        }
        int port = Integer.parseInt(options.getOrDefault("port", "8089"));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TerritoireOrientationApplication.class,
                BareEndpoints.class).run("--data-dir=" + dataDir, "--server.port=" + port, "--logging.level.root=WARN")) {
            String someStructure = grantTheLabelToEveryStructure(app, options.getOrDefault("campaign", "2025"));
            String base = "http://127.0.0.1:" + port;
            Map<String, String> targets = new LinkedHashMap<>();
            targets.put("bare endpoint, API filter chain", base + BareEndpoints.API);
            targets.put("API, first page", base + "/api/registry");
            targets.put("API, search (territory + status + word)", base + "/api/registry?territory=DIJON_BEAUNE&status=LABELLISE&q=mission");
            targets.put("API, one structure", base + "/api/registry/" + someStructure);
            targets.put("bare endpoint, page filter chain", base + BareEndpoints.PAGE);
            targets.put("search page, first page", base + "/registre");
            targets.put("search page, search (word)", base + "/registre?q=mission");
            System.out.println("| target | requests | p50 | p99 | requests/s | errors |");
            System.out.println("|---|---:|---:|---:|---:|---:|");
            // Every target warmed up before any is measured: the JIT compiles what they share (filters, writers) meanwhile.
            for (String url : targets.values()) {
                wrk(options, url, options.getOrDefault("warm-up", "15"));
            }
            for (Map.Entry<String, String> target : targets.entrySet()) {
                WrkResult result = WrkResult.parse(wrk(options, target.getValue(), options.getOrDefault("duration", "30")));
                System.out.printf("| %s | %d | %.2f ms | %.2f ms | %.0f | %d |%n", target.getKey(), result.requests(),
                        result.p50Millis(), result.p99Millis(), result.perSecond(), result.errors());
            }
        }
    }

    /**
     * A decision granting the label (one in four under conditions) to each member structure without
     * one for the campaign, stored as the review stores it, then one refresh of the whole registry.
     */
    private static String grantTheLabelToEveryStructure(ConfigurableApplicationContext app, String campaign) {
        Structures structures = app.getBean(Structures.class);
        Decisions decisions = app.getBean(Decisions.class);
        Period validity = app.getBean(ActiveReferential.class).catalogue().periods().labelValidity();
        LocalDate today = LocalDate.now();
        List<Decision> granted = new ArrayList<>();
        String someStructure = null;
        int i = 0;
        for (MemberStructure structure : structures.findAll()) {
            if (structure.membership() == Membership.RESOURCE_PARTNER) {
                continue;
            }
            someStructure = structure.id();
            LabelDecision decision = i % 4 == 0 ? LabelDecision.LABELLISE_SOUS_CONDITIONS : LabelDecision.LABELLISE;
            LocalDate decidedOn = today.minusDays(i++ % 300);
            granted.add(new Decision(Decision.idOf(structure.id(), campaign), structure.id(), campaign, decision, decision, null,
                    "banc-d-essai", decidedOn, Instant.now(), decidedOn.plus(validity)));
        }
        if (decisions.count() < granted.size()) {
            decisions.saveAll(granted);
        }
        long start = System.nanoTime();
        int listed = app.getBean(Registry.class).refreshAll();
        System.out.printf("Registry: %d structures listed, refreshed in %.1f s%n", listed, (System.nanoTime() - start) / 1e9);
        return someStructure;
    }

    private static String wrk(Map<String, String> options, String url, String seconds) throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder("wrk", "--latency", "-t" + options.getOrDefault("threads", "2"),
                "-c" + options.getOrDefault("connections", "100"), "-d" + seconds + "s", "--timeout", "10s", url)
                .redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed on " + url + ":\n" + output);
        }
        return output;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length == 2 ? pair[1] : "true");
        }
        return options;
    }

    record WrkResult(long requests, double p50Millis, double p99Millis, double perSecond, long errors) {

        static WrkResult parse(String output) {
            Map<String, Double> percentiles = new HashMap<>();
            Matcher percentile = PERCENTILE.matcher(output);
            while (percentile.find()) {
                double value = Double.parseDouble(percentile.group(2));
                percentiles.put(percentile.group(1), switch (percentile.group(3)) {
                    case "us" -> value / 1000;
                    case "s" -> value * 1000;
                    default -> value;
                });
            }
            long errors = 0;
            Matcher non2xx = NON_2XX.matcher(output);
            if (non2xx.find()) {
                errors += Long.parseLong(non2xx.group(1));
            }
            Matcher socket = SOCKET_ERRORS.matcher(output);
            if (socket.find()) {
                for (int group = 1; group <= 4; group++) {
                    errors += Long.parseLong(socket.group(group));
                }
            }
            Matcher requests = REQUESTS.matcher(output);
            Matcher throughput = THROUGHPUT.matcher(output);
            if (!requests.find() || !throughput.find() || percentiles.size() != 2) {
                throw new IllegalStateException("Unexpected wrk output:\n" + output);
            }
            return new WrkResult(Long.parseLong(requests.group(1)), percentiles.get("50"), percentiles.get("99"),
                    Double.parseDouble(throughput.group(1)), errors);
        }
    }
}
