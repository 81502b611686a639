package fr.spro.label.reporting;

import java.awt.Font;
import java.util.Collection;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFace;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.FontInfo;
import net.sf.jasperreports.engine.fonts.FontUtil;

/**
 * The start-up check of the fonts: every family a template names must be declared by a font
 * extension, load from its TrueType files, be embedded in PDFs with Unicode encoding and hold the
 * glyphs French needs. A missing font thus stops the application at start-up with a sentence saying
 * which, instead of failing (or, worse, silently falling back to Helvetica) at render time.
 */
final class FontCheck {

    /** Accents, ligatures, French quotes, apostrophe and dashes the documents print. */
    static final String FRENCH_GLYPHS = "àâçéèêëîïôûùüÿœæÀÂÇÉÈÊÎÔÙŒ«»’–—";
    private static final String UNICODE_ENCODING = "Identity-H";

    private FontCheck() {
    }

    static void verify(JasperReportsContext context, Collection<String> families) {
        for (String family : families) {
            verify(context, family);
        }
    }

    static void verify(JasperReportsContext context, String name) {
        FontInfo info = FontUtil.getInstance(context).getFontInfo(name, null);
        if (info == null) {
            throw failure(name, "aucune extension de polices JasperReports ne la déclare (voir reports/fonts/fonts.xml)");
        }
        FontFamily family = info.getFontFamily();
        if (!Boolean.TRUE.equals(family.isPdfEmbedded())) {
            throw failure(name, "elle doit être incorporée aux PDF (pdfEmbedded à true dans fonts.xml)");
        }
        if (!UNICODE_ENCODING.equals(family.getPdfEncoding())) {
            throw failure(name, "son encodage PDF doit être " + UNICODE_ENCODING + " pour les accents et « »");
        }
        face(name, "normale", family.getNormalFace());
        face(name, "grasse", family.getBoldFace());
    }

    private static void face(String name, String weight, FontFace face) {
        Font font = face == null ? null : face.getFont();
        if (font == null) {
            String file = face == null || face.getTtf() == null ? "aucun fichier déclaré" : "fichier " + face.getTtf();
            throw failure(name, "sa variante " + weight + " ne se charge pas (" + file + ")");
        }
        int missing = font.canDisplayUpTo(FRENCH_GLYPHS);
        if (missing >= 0) {
            throw failure(name, "sa variante " + weight + " n'a pas le caractère « " + FRENCH_GLYPHS.charAt(missing) + " »");
        }
    }

    private static IllegalStateException failure(String name, String reason) {
        return new IllegalStateException("Police « " + name + " » inutilisable pour les documents PDF : " + reason + ".");
    }
}
