package fr.spro.label.reporting;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.SimpleFontFace;
import net.sf.jasperreports.engine.fonts.SimpleFontFamily;
import org.junit.jupiter.api.Test;

class FontCheckTests {

    @Test
    void theReportsFontIsDeclaredEmbeddedAndHasTheFrenchGlyphs() {
        assertThatCode(() -> FontCheck.verify(new SimpleJasperReportsContext(), "Territoire Sans")).doesNotThrowAnyException();
    }

    @Test
    void aFontNoExtensionDeclaresFailsWithItsName() {
        assertThatThrownBy(() -> FontCheck.verify(new SimpleJasperReportsContext(), "Police Absente"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Police « Police Absente » inutilisable pour les documents PDF : aucune extension de polices "
                        + "JasperReports ne la déclare (voir reports/fonts/fonts.xml).");
    }

    @Test
    void aFontWhoseFileIsMissingFailsNamingTheFile() {
        SimpleJasperReportsContext context = new SimpleJasperReportsContext();
        SimpleFontFamily family = family(context, "Police Cassée", true);
        SimpleFontFace missing = new SimpleFontFace(context);
        missing.setTtf("reports/fonts/absente.ttf", false);
        family.setNormalFace(missing);
        context.setExtensions(FontFamily.class, List.of(family));

        assertThatThrownBy(() -> FontCheck.verify(context, "Police Cassée"))
                .hasMessageContaining("Police « Police Cassée »")
                .hasMessageContaining("variante normale ne se charge pas (fichier reports/fonts/absente.ttf)");
    }

    @Test
    void aFontThatIsNotEmbeddedFails() {
        SimpleJasperReportsContext context = new SimpleJasperReportsContext();
        SimpleFontFamily family = family(context, "Police Système", false);
        family.setNormal("net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf");
        context.setExtensions(FontFamily.class, List.of(family));

        assertThatThrownBy(() -> FontCheck.verify(context, "Police Système")).hasMessageContaining("pdfEmbedded");
    }

    private static SimpleFontFamily family(SimpleJasperReportsContext context, String name, boolean embedded) {
        SimpleFontFamily family = new SimpleFontFamily(context);
        family.setName(name);
        family.setPdfEmbedded(embedded);
        family.setPdfEncoding("Identity-H");
        return family;
    }
}
