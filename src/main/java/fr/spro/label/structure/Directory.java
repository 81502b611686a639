package fr.spro.label.structure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * The directory's exported queries: how other modules read the member structures. The structure
 * module alone reaches its collection; what a query needs of the store (an index, a bounded page)
 * is decided here, once.
 */
@Component
public class Directory {

    private final Structures structures;

    Directory(Structures structures) {
        this.structures = structures;
    }

    /** One structure by its code. */
    public Optional<MemberStructure> find(String id) {
        return structures.findById(id);
    }

    /** The structures of one territory, by name. */
    public List<MemberStructure> inTerritory(Territory territory) {
        return structures.findByTerritoryOrderByName(territory);
    }

    /** Whether the directory holds a structure of this code (an account, a command, names only known ones). */
    public boolean exists(String id) {
        return structures.existsById(id);
    }

    /** How many structures the directory holds. */
    public long count() {
        return structures.count();
    }

    /**
     * The structures of these codes that the directory holds, in no particular order: for a page of
     * another module's records (a bounded set of codes), read in one query rather than one per code.
     */
    public List<MemberStructure> findAll(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : structures.findAllById(ids);
    }

    /**
     * Hands the evaluated structures (all but resource partners) over a page at a time, in code
     * order: a dashboard lists every one of them, but never reads them in one unbounded answer, and
     * it can fetch what other modules hold on each page by code.
     */
    public void forEachEvaluatedPage(int pageSize, Consumer<List<MemberStructure>> page) {
        String lastId = "";
        while (true) {
            List<MemberStructure> structures = this.structures.findByMembershipNotAndIdGreaterThanOrderByIdAsc(
                    Membership.RESOURCE_PARTNER, lastId, Limit.of(pageSize));
            if (structures.isEmpty()) {
                return;
            }
            page.accept(structures);
            if (structures.size() < pageSize) {
                return;
            }
            lastId = structures.get(structures.size() - 1).id();
        }
    }
}
