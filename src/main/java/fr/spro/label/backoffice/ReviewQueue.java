package fr.spro.label.backoffice;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.spro.label.audit.Decision;
import fr.spro.label.audit.Decisions;
import fr.spro.label.evaluation.Evaluation;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Structures;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The evaluations of a campaign waiting for (or holding) an officer's decision: what still awaits a
 * decision first, then by territory and name. Three reads, findings left out, filtered in memory.
 */
@Service
class ReviewQueue {

    private static final Comparator<ReviewRow> ORDER = Comparator.comparing(ReviewRow::decided)
            .thenComparing(r -> r.structure().territory(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.structure().name(), String.CASE_INSENSITIVE_ORDER);

    private final MongoTemplate mongo;
    private final Structures structures;
    private final Decisions decisions;

    ReviewQueue(MongoTemplate mongo, Structures structures, Decisions decisions) {
        this.mongo = mongo;
        this.structures = structures;
        this.decisions = decisions;
    }

    List<ReviewRow> rows(ReviewFilter filter) {
        Query query = Query.query(Criteria.where("campaign").is(filter.campaign()));
        query.fields().exclude("findings").exclude("actionPlan");
        List<Evaluation> evaluations = mongo.find(query, Evaluation.class);
        Map<String, MemberStructure> directory = structures.findAllById(evaluations.stream().map(Evaluation::structureId).toList())
                .stream().collect(Collectors.toMap(MemberStructure::id, Function.identity()));
        Map<String, Decision> decided = decisions.findByCampaign(filter.campaign()).stream()
                .collect(Collectors.toMap(Decision::structureId, Function.identity(), (first, second) -> first));
        return evaluations.stream().filter(e -> directory.containsKey(e.structureId()))
                .map(e -> new ReviewRow(directory.get(e.structureId()), e, decided.get(e.structureId())))
                .filter(filter::keeps).sorted(ORDER).toList();
    }
}
