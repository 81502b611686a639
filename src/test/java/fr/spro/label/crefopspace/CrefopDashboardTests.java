package fr.spro.label.crefopspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Comparator;
import java.util.Locale;

import fr.spro.label.assessment.Campaign;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.reporting.CrefopFigures;
import fr.spro.label.reporting.CrefopReport;
import fr.spro.label.security.SignedIn;
import fr.spro.label.security.UserAccounts;
import fr.spro.label.support.DemoApi;
import fr.spro.label.support.IntegrationTest;
import fr.spro.label.support.PdfDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

/**
 * The CREFOP's dashboard on the demo data (2024 decided, 2025 awaiting review): the figures are the
 * CREFOP report's, and the downloads are the report's bytes.
 */
@IntegrationTest
@ActiveProfiles("demo")
class CrefopDashboardTests {

    @Autowired WebApplicationContext context;
    @Autowired UserAccounts accounts;
    @Autowired CrefopReport report;
    @Autowired Campaigns campaigns;
    MockMvc mvc;
    RequestPostProcessor crefop;

    @BeforeEach
    void signIn() {
        mvc = DemoApi.mvc(context);
        crefop = SignedIn.as(accounts, "crefop");
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path).with(crefop)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void showsTheLatestCampaignUnlessAnotherIsChosen() throws Exception {
        String latest = campaigns.all().stream().max(Comparator.comparingInt(Campaign::year)).orElseThrow().id();
        assertThat(page("/crefop?lang=fr")).contains("<h1>Tableau de bord régional — campagne " + latest + "</h1>");
        assertThat(page("/crefop?campagne=2024&lang=fr")).contains("<h1>Tableau de bord régional — campagne 2024</h1>")
                .contains("<option value=\"2024\" selected=\"selected\">2024</option>");
    }

    @Test
    void showsTheKeyFiguresOfTheCrefopReportBesideThePreviousCampaign() throws Exception {
        CrefopFigures now = report.figures("2025").current();
        CrefopFigures before = report.figures("2025").previous();

        String html = page("/crefop?campagne=2025&lang=fr").replaceAll("\\s+", " ");

        assertThat(html).contains(row("Structures évaluées", now.region().evaluated(), before.region().evaluated()));
        assertThat(html).contains(row("Membres (signataires de la charte)", now.region().members(), before.region().members()));
        assertThat(html).contains(row("Décision en attente", now.region().pending(), before.region().pending()));
        assertThat(html).contains("Comparaison avec la campagne 2024");
    }

    static String row(String label, int current, int previous) {
        int change = current - previous;
        String signed = change > 0 ? "+" + change : change < 0 ? "−" + (-change) : "±0";
        return "<th scope=\"row\">" + label + "</th> <td class=\"number\">" + current + "</td> <td class=\"number\">"
                + previous + "</td> <td class=\"number\">" + signed + "</td>";
    }

    @Test
    void drawsEachTerritorysLabelledShareAsABarOfThatLength() throws Exception {
        CrefopFigures now = report.figures("2024").current();
        String html = page("/crefop?campagne=2024");
        for (CrefopFigures.Scope territory : now.territories()) {
            double share = territory.labelledShare() == null ? 0 : 100 * territory.labelledShare();
            assertThat(html).contains("height=\"8\" width=\"" + String.format(Locale.ROOT, "%.1f", share) + "\"");
        }
        assertThat(html).contains("x1=\"75.0\" x2=\"75.0\"").as("the indicator's threshold, from referential.properties");
    }

    @Test
    void listsEveryCampaignUpToTheChosenOneYearOverYear() throws Exception {
        String html = page("/crefop?campagne=2025");
        assertThat(html).contains("<th scope=\"row\">2024</th>").contains("<th scope=\"row\">2025</th>");
        assertThat(page("/crefop?campagne=2024")).doesNotContain("<th scope=\"row\">2025</th>")
                .contains("Pas de campagne précédente à comparer.");
    }

    @Test
    void speaksEnglishWithNumbersWrittenTheEnglishWay() throws Exception {
        CrefopFigures now = report.figures("2024").current();
        Double share = now.region().labelledShare();
        String html = page("/crefop?campagne=2024&lang=en");
        assertThat(html).contains("<h1>Regional dashboard — campaign 2024</h1>");
        assertThat(html).contains(String.format(Locale.ENGLISH, "%.1f%%", 100 * share));
    }

    @Test
    void answersAnUnknownCampaignWith404AndTheCampaignsThatExist() throws Exception {
        mvc.perform(get("/crefop?campagne=1999").with(crefop))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("La campagne « 1999 » n&#39;existe pas")))
                .andExpect(content().string(containsString("href=\"/crefop?campagne=2024\"")));
    }

    @Test
    void servesTheReportCsvOfTheApiByteForByte() throws Exception {
        byte[] csv = mvc.perform(get("/crefop/campagnes/2025/rapport.csv").with(crefop))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("crefop-2025.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] api = mvc.perform(get("/api/campaigns/2025/crefop-report.csv").with(DemoApi.crefop()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(csv).isEqualTo(api).isEqualTo(report.csv("2025"));
    }

    @Test
    void servesTheReportPdf() throws Exception {
        byte[] pdf = mvc.perform(get("/crefop/campagnes/2025/rapport.pdf").with(crefop))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("crefop-2025.pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfDocuments.text(pdf)).contains("campagne 2025");
        mvc.perform(get("/crefop/campagnes/1999/rapport.pdf").with(crefop)).andExpect(status().isNotFound());
    }
}
