package fr.spro.label.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class IdBatchesTests {

    @Test
    void handsEveryIdOverInOrderAtMostAHundredAtATime() {
        List<String> ids = IntStream.range(0, 250).mapToObj(i -> "S" + i).toList();
        List<List<String>> batches = new ArrayList<>();
        IdBatches.forEach(ids, batch -> batches.add(List.copyOf(batch)));

        assertThat(batches).extracting(List::size).containsExactly(100, 100, 50);
        assertThat(batches.stream().flatMap(List::stream).toList()).isEqualTo(ids);
    }

    @Test
    void gathersWhatEachBatchFinds() {
        List<String> ids = IntStream.range(0, 101).mapToObj(i -> "S" + i).toList();
        List<String> found = IdBatches.findAll(ids, batch -> batch.stream().filter(id -> id.endsWith("0")).toList());

        assertThat(found).containsExactly("S0", "S10", "S20", "S30", "S40", "S50", "S60", "S70", "S80", "S90", "S100");
        assertThat(IdBatches.findAll(List.of(), batch -> List.of("never"))).isEmpty();
    }
}
