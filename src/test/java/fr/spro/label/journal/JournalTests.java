package fr.spro.label.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

@IntegrationTest
class JournalTests {

    @Autowired
    Journal journal;
    @Autowired
    MongoTemplate mongo;

    @Test
    void returnsTheLatestEntriesOfAnActionFirst() {
        journal.record(new Actor("officier", "127.0.0.1"), JournalAction.DECISION, "ML-DIJON/2025", "LABELLISE", "AJOURNE");
        journal.record(new Actor("officier", "127.0.0.1"), JournalAction.IMPORT, "structures.csv", null, "3 lignes");
        journal.record(new Actor("officier", "127.0.0.1"), JournalAction.DECISION, "FT-BEAUNE/2025", null, "LABELLISE");
        assertThat(journal.latest(JournalAction.DECISION, 10)).extracting(JournalEntry::subject)
                .containsExactly("FT-BEAUNE/2025", "ML-DIJON/2025");
        assertThat(journal.latest((String) null, 3)).extracting(JournalEntry::subject)
                .containsExactlyInAnyOrder("FT-BEAUNE/2025", "structures.csv", "ML-DIJON/2025");
    }

    @Test
    void storesTheActionsCodeAndFiltersOnIt() {
        JournalEntry recorded = journal.record(new Actor("structure.a", "192.0.2.7"), JournalAction.SELF_ASSESSMENT_DRAFT, "CE-J/2031",
                null, "DRAFT");
        assertThat(mongo.findById(recorded.id(), org.bson.Document.class, "journal")).containsEntry("action", "SELF_ASSESSMENT_DRAFT");
        assertThat(journal.latest("SELF_ASSESSMENT_DRAFT", 1)).extracting(JournalEntry::id).containsExactly(recorded.id());
        assertThat(journal.actions()).contains("SELF_ASSESSMENT_DRAFT");
    }

    @Test
    void keepsReadingAndFilteringAnActionNoLongerListed() {
        mongo.insert(new JournalEntry(null, Instant.parse("2020-01-01T00:00:00Z"), "ancien", "LEGACY_ACTION", "objet", null, null,
                "127.0.0.1"));
        assertThat(JournalAction.ofCode("LEGACY_ACTION")).isEmpty();
        assertThat(journal.actions()).contains("LEGACY_ACTION");
        assertThat(journal.count("LEGACY_ACTION")).isOne();
        assertThat(journal.latest("LEGACY_ACTION", 5)).extracting(JournalEntry::actor).containsExactly("ancien");
    }
}
