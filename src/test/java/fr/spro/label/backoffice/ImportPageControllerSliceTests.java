package fr.spro.label.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import fr.spro.label.intake.ImportKind;
import fr.spro.label.intake.ImportReport;
import fr.spro.label.intake.IntakeService;
import fr.spro.label.journal.Actor;
import fr.spro.label.journal.Journal;
import fr.spro.label.journal.JournalAction;
import fr.spro.label.security.Role;
import fr.spro.label.security.SignedIn;
import fr.spro.label.security.WebSliceSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The back office's import form in the web layer alone: the kind bound to {@link ImportForm} and
 * checked against the importer's kinds, the file (its own multipart part) required, and where each
 * outcome leads. The importer is a mock: ImportPageTests imports real files.
 */
@WebMvcTest(ImportPageController.class)
@WebSliceSecurity
@Import(Texts.class)
class ImportPageControllerSliceTests {

    static final RequestPostProcessor OFFICER = SignedIn.as("officier-slice", Role.OFFICER, null);
    static final MockMultipartFile CSV = new MockMultipartFile("file", "annuaire.csv", "text/csv",
            "structure_id,name\n".getBytes(StandardCharsets.UTF_8));

    @Autowired MockMvc mvc;
    @Autowired Journal journal;
    @MockitoBean IntakeService intake;
    @MockitoBean ImportRecords records;

    static FieldErrors errors(MvcResult refused) {
        return (FieldErrors) refused.getFlashMap().get("errors");
    }

    @Test
    void aKnownKindAndAFileAreImportedJournaledAndTheirReportShown() throws Exception {
        ImportReport report = new ImportReport("annuaire.csv", ImportKind.STRUCTURES, 1, 0, List.of());
        when(intake.importFile(eq(ImportKind.STRUCTURES), eq("annuaire.csv"), any(), any())).thenReturn(report);
        ImportRecord record = mock(ImportRecord.class);
        when(record.id()).thenReturn("import-slice");
        when(records.save(report, "officier-slice")).thenReturn(record);

        mvc.perform(multipart("/back-office/imports").file(CSV).param("kind", ImportKind.STRUCTURES.code()).with(csrf()).with(OFFICER))
                .andExpect(redirectedUrl("/back-office/imports/import-slice"));

        verify(journal).record(new Actor("officier-slice", "127.0.0.1"), JournalAction.IMPORT, "annuaire.csv", null, "1 acceptées, 0 rejetées");
    }

    @Test
    void withoutKindNorFileNothingIsImportedAndEachFieldSaysWhy() throws Exception {
        MvcResult refused = mvc.perform(multipart("/back-office/imports").with(csrf()).with(OFFICER))
                .andExpect(redirectedUrl("/back-office/imports"))
                .andReturn();

        assertThat(errors(refused).all()).containsOnly(Map.entry("kind", "Choisissez le type de fichier."),
                Map.entry("file", "Choisissez un fichier non vide à importer."));
        verify(intake, never()).importFile(any(), anyString(), any(), any());
    }

    @Test
    void aKindTheImporterDoesNotKnowIsRefusedAndKeptForTheForm() throws Exception {
        MvcResult refused = mvc.perform(multipart("/back-office/imports").file(CSV).param("kind", "annuaire").with(csrf()).with(OFFICER))
                .andExpect(redirectedUrl("/back-office/imports"))
                .andExpect(flash().attribute("chosenKind", "annuaire"))
                .andReturn();

        assertThat(errors(refused).all()).containsOnly(Map.entry("kind", "Choisissez le type de fichier."));
        verify(intake, never()).importFile(any(), anyString(), any(), any());
    }

    @Test
    void anImportNeedsTheCsrfTokenAndAnOfficer() throws Exception {
        mvc.perform(multipart("/back-office/imports").file(CSV).param("kind", "structures").with(OFFICER))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/back-office/imports").file(CSV).param("kind", "structures").with(csrf())
                        .with(SignedIn.as("crefop-slice", Role.CREFOP, null)))
                .andExpect(status().isForbidden());

        verify(intake, never()).importFile(any(), anyString(), any(), any());
    }
}
