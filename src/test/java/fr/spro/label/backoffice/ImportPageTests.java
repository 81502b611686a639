package fr.spro.label.backoffice;

import static fr.spro.label.backoffice.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import fr.spro.label.journal.Journal;
import fr.spro.label.security.UserAccounts;
import fr.spro.label.structure.Structures;
import fr.spro.label.support.AccountFixture;
import fr.spro.label.support.BackOfficeFixture;
import fr.spro.label.support.IntakeFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** An officer imports a file: the accepted count and the rejections on screen, the rejections as a CSV download. */
@BackOfficeTest
class ImportPageTests {

    /** One valid row, and one whose id is a spreadsheet formula. */
    static final byte[] STRUCTURES = IntakeFixtures.csv(IntakeFixtures.STRUCTURES_HEADER,
            IntakeFixtures.structureRow("ML-JURA-NORD"),
            IntakeFixtures.structureRow("=HYPERLINK(\"http://evil.example\")"));

    @Autowired MockMvc mvc;
    @Autowired MongoTemplate mongo;
    @Autowired UserAccounts users;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService accounts;
    @Autowired Structures structures;
    @Autowired Journal journal;

    @BeforeEach
    void empty() {
        BackOfficeFixture.reset(mongo);
        AccountFixture.createAll(users, encoder);
    }

    MvcResult upload(String kind, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/back-office/imports").file(file).param("kind", kind).with(csrf())
                        .with(as(accounts, AccountFixture.OFFICER)))
                .andExpect(redirectedUrlPattern("/back-office/imports/*"))
                .andReturn();
    }

    String show(String path) throws Exception {
        return mvc.perform(get(path).with(as(accounts, AccountFixture.OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void showsTheAcceptedCountAndEachRejectionOnScreen() throws Exception {
        String report = show(upload("structures", new MockMultipartFile("file", "annuaire.csv", "text/csv", STRUCTURES))
                .getResponse().getRedirectedUrl());

        assertThat(structures.existsById("ML-JURA-NORD")).isTrue();
        assertThat(report).contains("Rapport d&#39;import : annuaire.csv", "<dd id=\"accepted-count\">1</dd>",
                "<dd id=\"rejected-count\">1</dd>", "1 ligne acceptée, 1 rejetée.", "<code>INVALID_ID</code>",
                "=HYPERLINK(&quot;http://evil.example&quot;)", "Télécharger les 1 motifs de rejet (CSV)");
        assertThat(journal.latest("IMPORT", 5)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(AccountFixture.OFFICER);
            assertThat(entry.subject()).isEqualTo("annuaire.csv");
            assertThat(entry.after()).isEqualTo("1 acceptées, 1 rejetées");
        });
    }

    @Test
    void theRejectionsDownloadAsACsvWhereAFormulaIsShownNotRun() throws Exception {
        String reportPath = upload("structures", new MockMultipartFile("file", "annuaire.csv", "text/csv", STRUCTURES))
                .getResponse().getRedirectedUrl();

        MvcResult csv = mvc.perform(get(reportPath + "/rejets.csv").with(as(accounts, AccountFixture.OFFICER)))
                .andExpect(status().isOk()).andReturn();

        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("rejets-annuaire.csv");
        String content = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(content).startsWith("\uFEFFfile,line,column,value,code,message\r\n");
        assertThat(content).contains("annuaire.csv,3,id,\"'=HYPERLINK(\"\"http://evil.example\"\")\",INVALID_ID,");
        assertThat(content.lines().skip(1)).noneMatch(line -> line.contains(",=") || line.contains(",\"="));
    }

    @Test
    void aFileThatCannotBeReadIsReportedAsRejectedWhole() throws Exception {
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        String report = show(upload("activity", new MockMultipartFile("file", "activite.csv", "text/csv", binary))
                .getResponse().getRedirectedUrl());

        assertThat(report).contains("Le fichier a été refusé en entier", "<dd id=\"accepted-count\">0</dd>");
    }

    @Test
    void aFormWithoutKindOrFileComesBackWithBothErrors() throws Exception {
        MvcResult refused = mvc.perform(multipart("/back-office/imports").file(new MockMultipartFile("file", "vide.csv", "text/csv", new byte[0]))
                        .with(csrf()).with(as(accounts, AccountFixture.OFFICER)))
                .andExpect(redirectedUrl("/back-office/imports"))
                .andReturn();

        String form = mvc.perform(get("/back-office/imports").with(as(accounts, AccountFixture.OFFICER)).with(Accounts.flash(refused)))
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("<p id=\"kind-error\" class=\"field-error\">Choisissez le type de fichier.</p>",
                "<p id=\"file-error\" class=\"field-error\">Choisissez un fichier non vide à importer.</p>",
                "aria-describedby=\"file-hint file-error\"");
        assertThat(journal.latest("IMPORT", 5)).isEmpty();
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(multipart("/back-office/imports").file(new MockMultipartFile("file", "annuaire.csv", "text/csv", STRUCTURES))
                        .param("kind", "structures").with(as(accounts, AccountFixture.OFFICER)))
                .andExpect(status().isForbidden());
        assertThat(structures.count()).isZero();
    }

    @Test
    void aFileAboveTheSizeLimitIsExplainedInWords() throws Exception {
        assertThat(show("/back-office/imports?tooLarge=true")).contains("Le fichier dépasse la taille maximale d&#39;un import (12 Mo)");
    }

    @Test
    void theImportPageListsTheLatestImportsAndAnUnknownReportIsNotFound() throws Exception {
        upload("structures", new MockMultipartFile("file", "annuaire.csv", "text/csv", STRUCTURES));

        assertThat(show("/back-office/imports")).contains("id=\"latest-imports\"", "annuaire.csv", "Annuaire des structures");
        mvc.perform(get("/back-office/imports/inconnu").with(as(accounts, AccountFixture.OFFICER))).andExpect(status().isNotFound());
    }
}
