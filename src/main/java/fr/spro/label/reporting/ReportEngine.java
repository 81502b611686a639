package fr.spro.label.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRTemplate;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.xml.JRXmlTemplateLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Fills and exports the templates. Each template is compiled once, on first use (compiling costs
 * seconds, filling milliseconds), and the compiled report is shared: JasperReports fills a compiled
 * report from several threads at once, each fill with its own parameters and data source. Fonts are
 * checked when the engine is created, so at application start-up.
 *
 * <p>Every visible word of a template comes from the messages bundle ({@code $R{key}} in JRXML), in
 * the locale of the document, like the web pages.
 */
@Component
class ReportEngine {

    /** The parameter through which each report receives the shared styles ({@code reports/styles.jrtx}). */
    static final String STYLES_PARAMETER = "Styles";
    private static final String AUTHOR = "Région Bourgogne-Franche-Comté — Service public régional de l'orientation";
    private static final String CREATOR = "Territoire d'Orientation";

    private final JasperReportsContext context;
    private final ReportTemplates templates;
    private final MessageSource messages;
    private final JRTemplate styles;
    private final String templatesDigest;
    private final ConcurrentMap<Template, JasperReport> compiled = new ConcurrentHashMap<>();
    private final ConcurrentMap<Locale, ResourceBundle> bundles = new ConcurrentHashMap<>();

    ReportEngine(ReportTemplates templates, MessageSource messages) {
        this.context = new SimpleJasperReportsContext();
        this.templates = templates;
        this.messages = messages;
        FontCheck.verify(context, templates.fontNames());
        this.styles = JRXmlTemplateLoader.getInstance(context)
                .loadTemplate(new ByteArrayInputStream(templates.read(ReportTemplates.STYLES)));
        this.templatesDigest = Digests.sha256(templates.fileNames().stream().map(templates::read).toList());
    }

    /** Changes whenever a template or the styles change, so stored documents know they are stale. */
    String templatesDigest() {
        return templatesDigest;
    }

    /** Fills the template with the parameters and rows given and exports it to PDF. */
    byte[] pdf(Template template, Locale locale, Map<String, Object> parameters, JRDataSource rows, String title) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put(STYLES_PARAMETER, styles);
        all.put(JRParameter.REPORT_LOCALE, locale);
        all.put(JRParameter.REPORT_RESOURCE_BUNDLE, bundles.computeIfAbsent(locale, l -> new MessageSourceResourceBundle(messages, l)));
        try {
            JasperPrint print = JasperFillManager.getInstance(context).fill(compiled(template), all, rows);
            return export(print, title, locale);
        } catch (JRException e) {
            throw new IllegalStateException("Le document « " + template.fileName() + " » n'a pas pu être produit : " + e.getMessage(), e);
        }
    }

    JasperReport compiled(Template template) {
        return compiled.computeIfAbsent(template, t -> compile(t.fileName()));
    }

    /** Compiles one template file; a broken template fails with its name and the compiler's reasons. */
    JasperReport compile(String fileName) {
        try {
            return JasperCompileManager.getInstance(context).compile(new ByteArrayInputStream(templates.read(fileName)));
        } catch (JRException | RuntimeException e) {
            throw new IllegalStateException("Modèle de document invalide " + templates.where(fileName) + " : " + e.getMessage(), e);
        }
    }

    private byte[] export(JasperPrint print, String title, Locale locale) throws JRException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        JRPdfExporter exporter = new JRPdfExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title);
        configuration.setDisplayMetadataTitle(true);
        configuration.setMetadataAuthor(AUTHOR);
        configuration.setMetadataCreator(CREATOR);
        configuration.setTagLanguage(locale.getLanguage());
        exporter.setConfiguration(configuration);
        exporter.exportReport();
        return out.toByteArray();
    }
}
