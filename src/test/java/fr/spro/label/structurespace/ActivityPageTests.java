package fr.spro.label.structurespace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

import fr.spro.label.activity.ActivityReport;
import fr.spro.label.activity.ActivityReports;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.review.Decisions;
import fr.spro.label.support.DecisionFixture;
import fr.spro.label.support.SpaceFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/** The activity report: the form and the file go through the importer's checks, for the account's own structure only. */
@StructureSpaceTest
class ActivityPageTests {

    static final String PAGE = "/mon-espace/activite";
    static final String CAMPAIGN = SpaceFixture.CAMPAIGN;

    @Autowired WebApplicationContext context;
    @Autowired ActivityReports activity;
    @Autowired Decisions decisions;
    @Autowired Journal journal;
    Space space;

    @BeforeEach
    void structure() {
        space = Space.of(context, "ML-ACTIVITE", "ml-activite");
        Space.of(context, "ML-VOISINE", "ml-voisine");
        activity.deleteById(ActivityReport.idOf(space.id(), CAMPAIGN));
        activity.deleteById(ActivityReport.idOf("ML-VOISINE", CAMPAIGN));
        decisions.deleteById(fr.spro.label.review.Decision.idOf(space.id(), CAMPAIGN));
    }

    Optional<ActivityReport> stored() {
        return activity.findByStructureIdAndCampaign(space.id(), CAMPAIGN);
    }

    MockHttpServletRequestBuilder form() {
        return post(PAGE).with(space.signedIn()).with(csrf());
    }

    MockMultipartHttpServletRequestBuilder upload(String name, String content) {
        MockMultipartHttpServletRequestBuilder upload = multipart(PAGE + "/fichier");
        upload.file(new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8)));
        upload.with(space.signedIn()).with(csrf());
        return upload;
    }

    @Test
    void showsEveryFigureOfTheImportFormatWithItsLabelAndHint() throws Exception {
        String page = space.mvc().perform(get(PAGE).with(space.signedIn()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        for (String column : ActivityFigures.COLUMNS) {
            assertThat(page).contains("name=\"figures[" + column + "]\"", "<label for=\"figure-" + column + "\"",
                    "aria-describedby=\"figure-" + column + "-hint\"");
        }
        assertThat(page).contains("Heures d&#39;ouverture au public par semaine", "Nombre de 0 à 168");
    }

    @Test
    void savesTheFiguresThroughTheImporterAndAnEmptyFigureMeansNotReported() throws Exception {
        space.mvc().perform(form().param("figures[people_received]", "381").param("figures[opening_hours_per_week]", "37,5")
                        .param("figures[info_resources_updated_on]", "2040-09-02").param("figures[territorial_meetings_attended]", "3")
                        .param("figures[company_events]", ""))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("notice", "structurespace.activity.saved"));

        ActivityReport report = stored().orElseThrow();
        assertThat(report.peopleReceived()).isEqualTo(381);
        assertThat(report.openingHoursPerWeek()).isEqualTo(37.5);
        assertThat(report.infoResourcesUpdatedOn()).isEqualTo(LocalDate.of(2040, 9, 2));
        assertThat(report.companyEvents()).isNull();
        assertThat(journal.latest(JournalAction.ACTIVITY_REPORT_SAVED, 1)).singleElement()
                .satisfies(entry -> assertThat(entry.subject()).isEqualTo(space.id() + "/" + CAMPAIGN));

        space.mvc().perform(form().param("figures[people_received]", "")).andExpect(status().isFound());
        assertThat(stored().orElseThrow().peopleReceived()).isNull();
        assertThat(stored().orElseThrow().openingHoursPerWeek()).isNull();
    }

    @Test
    void refusesFiguresTheImporterRefusesWithItsMessageNextToEachFieldAndSavesNothing() throws Exception {
        space.mvc().perform(form().param("figures[weeks_closed]", "60").param("figures[people_received]", "beaucoup")
                        .param("figures[info_resources_updated_on]", "02/09/2040").param("figures[people_received]", "x"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"figure-weeks_closed-error\"")))
                .andExpect(content().string(containsString("« weeks_closed » doit être compris entre 0 et 52 (valeur lue : 60).")))
                .andExpect(content().string(containsString("id=\"figure-people_received-error\"")))
                .andExpect(content().string(containsString("Date « 02/09/2040 » invalide")))
                .andExpect(content().string(containsString("value=\"60\"")))
                .andExpect(content().string(containsString("aria-describedby=\"figure-weeks_closed-hint figure-weeks_closed-error\"")));

        assertThat(stored()).isEmpty();
    }

    @Test
    void checksFiguresAgainstEachOtherAsTheImporterDoesInEnglishToo() throws Exception {
        space.mvc().perform(form().param("lang", "en").param("figures[territorial_meetings_held]", "2")
                        .param("figures[territorial_meetings_attended]", "3"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"figure-territorial_meetings_attended-error\"")))
                .andExpect(content().string(containsString("More territorial meetings attended (3) than meetings held.")));
    }

    @Test
    void importsTheStructuresOwnRowOfAnActivityFileAndRefusesAnotherStructuresRow() throws Exception {
        String csv = "structure_id;campaign;people_received;weeks_closed\n"
                + space.id() + ";" + CAMPAIGN + ";250;2\n"
                + "ML-VOISINE;" + CAMPAIGN + ";999;0\n";

        space.mvc().perform(upload("activite-" + CAMPAIGN + ".csv", csv))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 ligne acceptée, 1 ligne rejetée.")))
                .andExpect(content().string(containsString("OTHER_STRUCTURE")))
                .andExpect(content().string(containsString("elle concerne la structure « ML-VOISINE »")));

        assertThat(stored().orElseThrow().peopleReceived()).isEqualTo(250);
        assertThat(activity.findByStructureIdAndCampaign("ML-VOISINE", CAMPAIGN)).isEmpty();
        assertThat(journal.latest(JournalAction.IMPORT, 5)).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo(space.username());
            assertThat(entry.after()).isEqualTo("1 acceptées, 1 rejetées");
        });
    }

    @Test
    void aFileThatCannotBeReadIsRejectedWholeWithOneReason() throws Exception {
        space.mvc().perform(upload("activite.csv", "nom;prénom\nDupont;Jean\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("NO_HEADER")))
                .andExpect(content().string(containsString("Aucune ligne acceptée")));
        space.mvc().perform(multipart(PAGE + "/fichier").with(space.signedIn()).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choisissez le fichier à déposer.")));
        assertThat(stored()).isEmpty();
    }

    @Test
    void onceTheLabelDecisionIsTakenTheReportNoLongerChanges() throws Exception {
        decisions.save(DecisionFixture.labelled(space.id(), CAMPAIGN, LocalDate.now()));

        space.mvc().perform(get(PAGE).with(space.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"activity-closed\"")))
                .andExpect(content().string(not(containsString("name=\"figures[people_received]\""))));
        space.mvc().perform(form().param("figures[people_received]", "12"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("refusal", "structurespace.refusal.DECIDED"));
        space.mvc().perform(upload("activite.csv", "structure_id;campaign;people_received\n" + space.id() + ";" + CAMPAIGN + ";12\n"))
                .andExpect(flash().attribute("refusal", "structurespace.refusal.DECIDED"));
        assertThat(stored()).isEmpty();
    }
}
