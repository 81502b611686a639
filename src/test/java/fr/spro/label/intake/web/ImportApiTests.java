package fr.spro.label.intake.web;

import static fr.spro.label.support.IntakeFixtures.ANSWERS_HEADER;
import static fr.spro.label.support.IntakeFixtures.STRUCTURES_HEADER;
import static fr.spro.label.support.IntakeFixtures.csv;
import static fr.spro.label.support.IntakeFixtures.structureRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import fr.spro.label.assessment.Campaigns;
import fr.spro.label.journal.Journal;
import fr.spro.label.structure.Structures;
import fr.spro.label.support.CampaignFixture;
import fr.spro.label.support.IntakeFixtures;
import fr.spro.label.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** {@code POST /api/imports}: the report as JSON, 422 for a file rejected whole, the journal entry. */
@IntegrationTest
@AutoConfigureMockMvc
class ImportApiTests {

    @Autowired MockMvc mvc;
    @Autowired Structures structures;
    @Autowired Campaigns campaigns;
    @Autowired Journal journal;

    @BeforeEach
    void directory() {
        structures.deleteAll();
        structures.save(IntakeFixtures.cioChenove());
        CampaignFixture.open(campaigns, 2025);
    }

    @Test
    void anOfficerGetsTheReportOfAnUploadWithItsRejections() throws Exception {
        byte[] file = csv(STRUCTURES_HEADER, structureRow("ML-API"), structureRow("ML-API2").replace("JURA", "ATLANTIDE"));

        mvc.perform(upload("structures", "annuaire.csv", file).with(user("officier").roles("OFFICER")).with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("10.0.0.7");
                            return request;
                        }))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.file").value("annuaire.csv"))
                .andExpect(jsonPath("$.kind").value("structures"))
                .andExpect(jsonPath("$.accepted").value(1))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.rejections[0].line").value(3))
                .andExpect(jsonPath("$.rejections[0].column").value("territory"))
                .andExpect(jsonPath("$.rejections[0].value").value("ATLANTIDE"))
                .andExpect(jsonPath("$.rejections[0].code").value("UNKNOWN_TERRITORY"))
                .andExpect(jsonPath("$.rejections[0].message").value(org.hamcrest.Matchers.startsWith("Territoire « ATLANTIDE » inconnu")));

        assertThat(structures.existsById("ML-API")).isTrue();
        assertThat(journal.latest("IMPORT", 1)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("officier");
            assertThat(entry.subject()).isEqualTo("annuaire.csv");
            assertThat(entry.after()).isEqualTo("1 acceptées, 1 rejetées");
            assertThat(entry.origin()).isEqualTo("10.0.0.7");
        });
    }

    @Test
    void aFileRejectedWholeIsStillAReportButWithStatus422() throws Exception {
        byte[] latin1 = new String(csv(STRUCTURES_HEADER, structureRow("ML-NIEVRE").replace("Lons-le-Saunier", "Nièvre")),
                StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);

        mvc.perform(upload("structures", "annuaire.csv", latin1).with(user("officier").roles("OFFICER")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.accepted").value(0))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.rejections[0].code").value("NOT_UTF8"))
                .andExpect(jsonPath("$.rejections[0].line").value(2));

        assertThat(structures.existsById("ML-NIEVRE")).isFalse();
    }

    @Test
    void anUploadCanOnlyNameLinksAsEvidence() throws Exception {
        byte[] file = csv(ANSWERS_HEADER, "CIO-CHENOVE;2025;confidentiality_rules;oui;;https://www.cio-chenove.fr/regles",
                "CIO-CHENOVE;2025;referral_procedure;oui;;procedure.pdf");

        mvc.perform(upload("self-assessment", "reponses.csv", file).with(user("officier").roles("OFFICER")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(1))
                .andExpect(jsonPath("$.rejections[0].code").value("EVIDENCE_NOT_FOUND"))
                .andExpect(jsonPath("$.rejections[0].column").value("evidence"));
    }

    @Test
    void anUnknownKindIsRefusedWithAStableCode() throws Exception {
        mvc.perform(upload("decisions", "decisions.csv", new byte[] {'a'}).with(user("officier").roles("OFFICER")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("UNKNOWN_KIND"));
    }

    @Test
    void aMissingFileIsRefusedWithAStableCode() throws Exception {
        mvc.perform(multipart("/api/imports").param("kind", "structures").with(user("officier").roles("OFFICER")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MISSING_FILE"));
    }

    @Test
    void nobodyImportsWithoutSigningIn() throws Exception {
        int status = mvc.perform(upload("structures", "annuaire.csv", csv(STRUCTURES_HEADER, structureRow("ML-ANON"))).with(csrf()))
                .andReturn().getResponse().getStatus();

        assertThat(status).isIn(302, 401, 403);
        assertThat(structures.existsById("ML-ANON")).isFalse();
    }

    private static MockMultipartHttpServletRequestBuilder upload(String kind, String name, byte[] content) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/api/imports")
                .file(new MockMultipartFile("file", name, "text/csv", content))
                .param("kind", kind);
    }
}
