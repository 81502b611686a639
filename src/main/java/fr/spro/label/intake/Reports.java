package fr.spro.label.intake;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.spro.label.intake.KindImporter.Rejected;
import fr.spro.label.intake.schema.Problem;

/** Import reports from the problems found: in file order, values shortened, French messages filled. */
final class Reports {

    /** Longest value quoted in a report: a 1 MB cell must not make a 1 MB report line. */
    static final int MAX_VALUE_SHOWN = 120;

    private Reports() {
    }

    static ImportReport of(String fileName, ImportKind kind, int accepted, List<Rejected> rejected) {
        List<Rejection> rejections = rejected.stream()
                .sorted(Comparator.comparingInt(Rejected::line))
                .map(r -> rejection(fileName, r.line(), r.problem()))
                .toList();
        Set<Integer> lines = new HashSet<>();
        rejected.forEach(r -> lines.add(r.line()));
        return new ImportReport(fileName, kind, accepted, lines.size(), rejections);
    }

    static ImportReport wholeFileRejected(String fileName, ImportKind kind, int line, Problem problem) {
        return new ImportReport(fileName, kind, 0, 1, List.of(rejection(fileName, line, problem)));
    }

    static Rejection rejection(String fileName, int line, Problem problem) {
        String value = shorten(problem.value());
        Map<String, String> details = new HashMap<>(problem.details());
        details.put("column", problem.column());
        details.put("value", value);
        details.put("line", String.valueOf(line));
        return new Rejection(fileName, line, problem.column(), value, problem.code().name(), problem.code().message(details));
    }

    private static String shorten(String value) {
        return value.length() > MAX_VALUE_SHOWN ? value.substring(0, MAX_VALUE_SHOWN) + "…" : value;
    }
}
