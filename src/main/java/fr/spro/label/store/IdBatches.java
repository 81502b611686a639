package fr.spro.label.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Lookups of documents by id, cut in batches: the embedded store compares each document found with
 * the whole list of an {@code $in}, so one list of thousands of ids costs its square, while a
 * hundred at a time stays linear (about 22 s against 120 ms for a page of 1,000 decisions). A real
 * MongoDB answers either way from its {@code _id} index. The one place this shaping is decided.
 */
public final class IdBatches {

    /** Ids per lookup. */
    public static final int SIZE = 100;

    private IdBatches() {
    }

    /** Hands these ids over {@link #SIZE} at a time, in their order. */
    public static void forEach(Collection<String> ids, Consumer<List<String>> batch) {
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += SIZE) {
            batch.accept(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
    }

    /** What {@code find} returns for each batch of these ids, together. */
    public static <T> List<T> findAll(Collection<String> ids, Function<List<String>, ? extends Iterable<T>> find) {
        List<T> found = new ArrayList<>();
        forEach(ids, batch -> find.apply(batch).forEach(found::add));
        return found;
    }
}
