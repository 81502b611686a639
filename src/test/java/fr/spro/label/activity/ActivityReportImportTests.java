package fr.spro.label.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.spro.label.store.WriteRun;
import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The activity reports' import stores the figures a file gives and keeps the others. */
@IntegrationTest
class ActivityReportImportTests {

    @Autowired ActivityReportImport reportImport;
    @Autowired ActivityReports reports;

    @AfterEach
    void removeTheReport() {
        reports.deleteById(ActivityReport.idOf("IMP-ACT", "2031"));
    }

    @Test
    void everyImportableFigureIsAPropertyOfTheReportWithItsType() {
        Map<String, Class<?>> properties = new HashMap<>();
        Arrays.stream(ActivityReport.class.getRecordComponents()).forEach(c -> properties.put(c.getName(), c.getType()));

        for (ActivityFigure figure : ActivityFigure.values()) {
            assertThat(properties).as(figure.name()).containsEntry(figure.property(), figure.type());
        }
    }

    @Test
    void aLaterFileGivingOtherFiguresKeepsTheFiguresItDoesNotGive() {
        reportImport.storeReports(List.of(new ImportedActivityReport("IMP-ACT", "2031",
                Map.of(ActivityFigure.PEOPLE_RECEIVED, 120, ActivityFigure.SATISFACTION_RATE, 87.5))), new WriteRun());
        Map<ActivityFigure, Object> later = new HashMap<>();
        later.put(ActivityFigure.PEOPLE_RECEIVED, 130);
        later.put(ActivityFigure.WEEKS_CLOSED, null);

        int written = reportImport.storeReports(List.of(new ImportedActivityReport("IMP-ACT", "2031", later)), new WriteRun());

        ActivityReport stored = reports.findById(ActivityReport.idOf("IMP-ACT", "2031")).orElseThrow();
        assertThat(written).isEqualTo(1);
        assertThat(stored.structureId()).isEqualTo("IMP-ACT");
        assertThat(stored.campaign()).isEqualTo("2031");
        assertThat(stored.peopleReceived()).isEqualTo(130);
        assertThat(stored.satisfactionRate()).isEqualTo(87.5);
        assertThat(stored.weeksClosed()).isNull();
    }

    @Test
    void aFigureOfAnotherTypeIsRefused() {
        assertThatThrownBy(() -> new ImportedActivityReport("IMP-ACT", "2031", Map.of(ActivityFigure.ADVISERS_FTE, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ADVISERS_FTE");
    }
}
