package fr.spro.label.explanation;

import fr.spro.label.support.PdfDocuments;
import org.springframework.web.util.HtmlUtils;

/** Pages and PDFs as a reader reads them: their text, entities decoded, spaces of any kind as one space. */
final class PageText {

    private PageText() {
    }

    static String of(String html) {
        return flat(HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", " ")));
    }

    /** A PDF's text, words cut at a hyphen at the end of a line joined again. */
    static String ofPdf(byte[] pdf) {
        return flat(PdfDocuments.text(pdf)).replace("- ", "-");
    }

    static String flat(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ");
    }
}
