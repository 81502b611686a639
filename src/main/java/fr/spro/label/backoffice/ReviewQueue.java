package fr.spro.label.backoffice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.evaluation.EvaluationStore;
import fr.spro.label.review.Decision;
import fr.spro.label.review.DecisionQueries;
import fr.spro.label.structure.Directory;
import fr.spro.label.structure.MemberStructure;
import org.springframework.stereotype.Service;

/**
 * The evaluations of a campaign waiting for (or holding) an officer's decision: what still awaits a
 * decision first, then by territory and name. The campaign's evaluations a page at a time,
 * findings left out, and for each page the structures and decisions they name; filtered in memory.
 */
@Service
class ReviewQueue {

    /** Evaluations read at a time, each page costing one query to each of the three owners. */
    static final int PAGE_SIZE = 500;

    private static final Comparator<ReviewRow> ORDER = Comparator.comparing(ReviewRow::decided)
            .thenComparing(r -> r.structure().territory(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.structure().name(), String.CASE_INSENSITIVE_ORDER);

    private final EvaluationStore evaluations;
    private final Directory directory;
    private final DecisionQueries decisions;

    ReviewQueue(EvaluationStore evaluations, Directory directory, DecisionQueries decisions) {
        this.evaluations = evaluations;
        this.directory = directory;
        this.decisions = decisions;
    }

    List<ReviewRow> rows(ReviewFilter filter) {
        List<ReviewRow> rows = new ArrayList<>();
        evaluations.forEachSummaryPage(filter.campaign(), PAGE_SIZE, page -> rows.addAll(rowsOf(page, filter)));
        rows.sort(ORDER);
        return rows;
    }

    /** The rows of one page of evaluations that the filter keeps (those of a structure the directory still holds). */
    private List<ReviewRow> rowsOf(List<Evaluation> page, ReviewFilter filter) {
        List<String> ids = page.stream().map(Evaluation::structureId).distinct().toList();
        Map<String, MemberStructure> structures = directory.findAll(ids).stream()
                .collect(Collectors.toMap(MemberStructure::id, Function.identity()));
        Map<String, Decision> decided = decisions.ofStructures(filter.campaign(), ids).stream()
                .collect(Collectors.toMap(Decision::structureId, Function.identity(), (first, second) -> first));
        return page.stream().filter(e -> structures.containsKey(e.structureId()))
                .map(e -> new ReviewRow(structures.get(e.structureId()), e, decided.get(e.structureId())))
                .filter(filter::keeps).toList();
    }
}
