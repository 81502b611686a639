package fr.spro.label.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import fr.spro.label.assessment.Campaigns;
import fr.spro.label.cli.CommandException;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.review.Decisions;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Structures;
import fr.spro.label.structure.Territory;
import fr.spro.label.support.CampaignFixture;
import fr.spro.label.support.CommandRun;
import fr.spro.label.support.DecisionFixture;
import fr.spro.label.support.IntegrationTest;
import fr.spro.label.support.StructureFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code procedures --on=DATE}: a label whose validity ended the day before is stored expired and
 * journaled once, whatever the campaign calendar; run twice, nothing more changes. The
 * application's day is 1 March 2026 ({@code --clock}).
 */
@IntegrationTest
@TestPropertySource(properties = {"test.own-context=procedures-command", "clock=2026-03-01"})
class ProceduresCommandTests {

    @Autowired ProceduresCommand command;
    @Autowired Structures structures;
    @Autowired Campaigns campaigns;
    @Autowired Decisions decisions;
    @Autowired RegistryEntries entries;
    @Autowired Journal journal;

    private CommandRun run(String on) {
        return CommandRun.of(() -> command.run(new DefaultApplicationArguments("--on=" + on)));
    }

    @Test
    void aLabelExpiresTheDayAfterItsEndOnceAndOnlyOnce() {
        structures.save(StructureFixture.member("ML-FIN", "Mission locale de Fin", "21000", "Dijon", Territory.DIJON_BEAUNE,
                Network.MISSION_LOCALE));
        CampaignFixture.open(campaigns, 2022);
        // Granted on 10 January 2023, valid to 10 January 2026 included.
        decisions.save(DecisionFixture.labelled("ML-FIN", "2022", LocalDate.of(2023, 1, 10)));

        CommandRun lastValidDay = run("2026-01-10");
        assertThat(lastValidDay.exitCode()).isZero();
        assertThat(entries.find("ML-FIN").orElseThrow().status()).isEqualTo(RegistryStatus.LABELLISE);

        CommandRun dayAfter = run("2026-01-11");
        assertThat(dayAfter.out()).contains("1 label(s) expiré(s) (ML-FIN)");
        RegistryEntry expired = entries.find("ML-FIN").orElseThrow();
        assertThat(expired.status()).isEqualTo(RegistryStatus.EXPIRE);
        assertThat(expired.since()).isEqualTo(LocalDate.of(2026, 1, 11));
        long journaled = journal.count(JournalAction.LABEL_EXPIRED);
        assertThat(journaled).isOne();

        CommandRun again = run("2026-01-11");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("0 label(s) expiré(s)");
        assertThat(journal.count(JournalAction.LABEL_EXPIRED)).as("run twice, same result").isEqualTo(journaled);
        assertThat(entries.find("ML-FIN").orElseThrow()).isEqualTo(expired);
    }

    @Test
    void aDayToComeOrNotADateIsAUsageMistake() {
        assertThatThrownBy(() -> run("2026-03-02")).isInstanceOf(CommandException.class).hasMessageContaining("--clock=2026-03-02");
        assertThatThrownBy(() -> run("11/01/2026")).isInstanceOf(CommandException.class).hasMessageContaining("AAAA-MM-JJ");
    }
}
