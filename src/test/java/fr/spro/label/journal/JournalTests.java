package fr.spro.label.journal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class JournalTests {

    @Autowired
    Journal journal;

    @Test
    void returnsTheLatestEntriesOfAnActionFirst() {
        journal.record("officier", "DECISION", "ML-DIJON/2025", "LABELLISE", "AJOURNE", "127.0.0.1");
        journal.record("officier", "IMPORT", "structures.csv", null, "3 lignes", "127.0.0.1");
        journal.record("officier", "DECISION", "FT-BEAUNE/2025", null, "LABELLISE", "127.0.0.1");
        assertThat(journal.latest("DECISION", 10)).extracting(JournalEntry::subject)
                .containsExactly("FT-BEAUNE/2025", "ML-DIJON/2025");
        assertThat(journal.latest(null, 10)).hasSize(3);
    }
}
