package fr.spro.label.review;

import static fr.spro.label.support.DemoApi.mlDijon;
import static fr.spro.label.support.DemoApi.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.spro.label.journal.Journal;
import fr.spro.label.registry.Registry;
import fr.spro.label.support.DemoApi;
import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** The evaluations API of interfaces.md on the demo data (2025 awaits review). */
@IntegrationTest
@ActiveProfiles("demo")
class EvaluationApiTests {

    @Autowired WebApplicationContext context;
    @Autowired Decisions decisions;
    @Autowired Registry registry;
    @Autowired Journal journal;
    MockMvc mvc;

    @BeforeEach
    void api() {
        mvc = DemoApi.mvc(context);
    }

    @Test
    void listsOneObjectPerEvaluatedStructureWithoutFindings() throws Exception {
        mvc.perform(get("/api/campaigns/2025/evaluations").with(officer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(60))
                .andExpect(jsonPath("$[0].structureId").exists())
                .andExpect(jsonPath("$[0].ruleSetVersion").value("2025.1"))
                .andExpect(jsonPath("$[0].findings").doesNotExist());
    }

    @Test
    void showsOneEvaluationWithItsFindingsToItsOwnStructure() throws Exception {
        mvc.perform(get("/api/campaigns/2025/evaluations/ML-DIJON").with(mlDijon()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.structureId").value("ML-DIJON"))
                .andExpect(jsonPath("$.findings.length()").value(28))
                .andExpect(jsonPath("$.findings[?(@.criterion == 'NET-01')].outcome").value("NC_MINEURE"))
                .andExpect(jsonPath("$.findings[?(@.criterion == 'NET-01')].inputs.territorial_meetings_attended").value(2));
    }

    @Test
    void aStructureReadingAnotherStructuresEvaluationGetsNoData() throws Exception {
        mvc.perform(get("/api/campaigns/2025/evaluations/FT-BEAUNE").with(mlDijon()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.structureId").doesNotExist());
        mvc.perform(get("/api/campaigns/2025/evaluations").with(mlDijon())).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownEvaluationIsNotFound() throws Exception {
        mvc.perform(get("/api/campaigns/2025/evaluations/ML-MONTBARD").with(officer()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("UNKNOWN_EVALUATION"));
    }

    @Test
    void anOfficerConfirmsAProposalAndTheRegistryFollows() throws Exception {
        mvc.perform(post("/api/campaigns/2025/evaluations/FT-BEAUNE/decision").with(officer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"CONFIRM\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision").value("LABELLISE"))
                .andExpect(jsonPath("$.decidedBy").value("officier"));
        assertThat(registry.find("FT-BEAUNE")).hasValueSatisfying(entry -> assertThat(entry.campaign()).isEqualTo("2025"));
        assertThat(journal.latest("DECISION", 5)).anySatisfy(e -> assertThat(e.subject()).isEqualTo("FT-BEAUNE/2025"));
    }

    @Test
    void replacingAProposalNeedsAWrittenJustification() throws Exception {
        mvc.perform(post("/api/campaigns/2025/evaluations/CE-DIJON/decision").with(officer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"LABELLISE\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("JUSTIFICATION_REQUIRED"));
        assertThat(decisions.findByStructureIdAndCampaign("CE-DIJON", "2025")).isEmpty();

        mvc.perform(post("/api/campaigns/2025/evaluations/CE-DIJON/decision").with(officer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"LABELLISE\", \"justification\": \"Amplitude portée à 26 h depuis la rentrée, vérifiée sur place.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.proposal").value("LABELLISE_SOUS_CONDITIONS"))
                .andExpect(jsonPath("$.decision").value("LABELLISE"));
        assertThat(decisions.findByStructureIdAndCampaign("CE-DIJON", "2025"))
                .hasValueSatisfying(d -> assertThat(d.overridesProposal()).isTrue());
        assertThat(journal.latest("DECISION_OVERRIDE", 5)).anySatisfy(e -> assertThat(e.after()).contains("Amplitude"));
    }

    @Test
    void anUnknownDecisionIsABadRequest() throws Exception {
        mvc.perform(post("/api/campaigns/2025/evaluations/IJ-BEAUNE/decision").with(officer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"PEUT_ETRE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("UNKNOWN_DECISION"));
        mvc.perform(post("/api/campaigns/2025/evaluations/IJ-BEAUNE/decision").with(mlDijon())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"LABELLISE\"}"))
                .andExpect(status().isForbidden());
        assertThat(decisions.findByStructureIdAndCampaign("IJ-BEAUNE", "2025")).isEmpty();
    }

    @Test
    void aMissingOrBrokenBodyIsABadRequestNotAServerError() throws Exception {
        mvc.perform(post("/api/campaigns/2025/evaluations/IJ-BEAUNE/decision").with(officer())
                        .contentType(MediaType.TEXT_PLAIN).content("LABELLISE"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA_TYPE"));
        mvc.perform(post("/api/campaigns/2025/evaluations/IJ-BEAUNE/decision").with(officer())
                        .contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("BAD_BODY"));
        mvc.perform(post("/api/campaigns/2025/evaluations/IJ-BEAUNE/decision").with(officer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("BAD_BODY"));
        assertThat(decisions.findByStructureIdAndCampaign("IJ-BEAUNE", "2025")).isEmpty();
    }

    @Test
    void aDecisionIsNeverImpliedByAnEmptyBodyOrAMisspeltField() throws Exception {
        mvc.perform(post("/api/campaigns/2025/evaluations/IJ-DOLE/decision").with(officer())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("DECISION_REQUIRED"));
        mvc.perform(post("/api/campaigns/2025/evaluations/IJ-DOLE/decision").with(officer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decison\": \"CONFIRM\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("UNKNOWN_FIELD"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("decison")));
        assertThat(decisions.findByStructureIdAndCampaign("IJ-DOLE", "2025")).isEmpty();
    }

    @Test
    void aJustificationLongerThanTheDomainBoundIsRefusedAndNothingIsStored() throws Exception {
        String tooLong = "x".repeat(Review.MAX_JUSTIFICATION + 1);
        mvc.perform(post("/api/campaigns/2025/evaluations/IJ-DOLE/decision").with(officer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"REFUSE\", \"justification\": \"" + tooLong + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("JUSTIFICATION_TOO_LONG"));
        assertThat(decisions.findByStructureIdAndCampaign("IJ-DOLE", "2025")).isEmpty();
    }
}
