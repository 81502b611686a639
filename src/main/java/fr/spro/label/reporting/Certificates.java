package fr.spro.label.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import fr.spro.label.review.Decision;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.web.PublicRulesPage;
import net.sf.jasperreports.engine.JREmptyDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The label certificate (one page) of a structure whose decision for the campaign grants the label,
 * with the public URL where anyone can check it. Rendered on request: it is short-lived and its
 * truth lives in the registry, not in a stored copy.
 */
@Service
public class Certificates {

    private static final Locale LOCALE = AuditFiles.DOCUMENT_LOCALE;

    private final ReportData data;
    private final ReportEngine engine;
    private final Wording words;
    private final Clock clock;
    private final String publicBaseUrl;

    Certificates(ReportData data, ReportEngine engine, Wording words, Clock clock,
                 @Value("${app.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.data = data;
        this.engine = engine;
        this.words = words;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    /**
     * @throws ReportUnavailable when the structure or campaign is unknown, when no decision was taken,
     *                           or when the decision does not grant the label
     */
    public byte[] certificate(String structureId, String campaign) {
        MemberStructure structure = data.structure(structureId);
        data.campaign(campaign);
        Decision decision = data.decision(structureId, campaign).orElseThrow(() -> ReportUnavailable.decision(structureId, campaign));
        if (!decision.decision().grantsLabel()) {
            throw ReportUnavailable.notGranted(structureId, campaign, words.decision(decision.decision(), LOCALE));
        }
        String ruleSetVersion = data.evaluation(structureId, campaign).ruleSetVersion();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("StructureId", structure.id());
        parameters.put("StructureName", structure.name());
        parameters.put("Address", AuditViews.address(structure));
        parameters.put("Decision", words.decision(decision.decision(), LOCALE));
        parameters.put("Grant", words.text("certificate.granted." + decision.decision().name(), LOCALE));
        parameters.put("DecidedOn", words.date(decision.decidedOn(), LOCALE));
        parameters.put("ValidUntil", words.date(decision.validUntil(), LOCALE));
        parameters.put("RuleSetVersion", ruleSetVersion);
        parameters.put("Campaign", campaign);
        parameters.put("VerificationUrl", verificationUrl(structureId));
        parameters.put("DocumentId", DocumentIds.next("CERT", campaign, structureId));
        parameters.put("GeneratedAt", words.dateTime(Instant.now(clock), LOCALE));
        AlgorithmMention mention = words.algorithmMention(PublicRulesPage.at(publicBaseUrl), LOCALE);
        parameters.put("AlgorithmMentionTitle", mention.title());
        parameters.put("AlgorithmMentionText", mention.text());
        parameters.put("RulesUrl", mention.rulesUrl());
        return engine.pdf(Template.CERTIFICATE, LOCALE, parameters, new JREmptyDataSource(0),
                words.text("certificate.pdf-title", LOCALE, structure.name(), campaign));
    }

    /** Where the public registry shows the structure's label: {@code <app.public-base-url>/registre/<id>}. */
    public String verificationUrl(String structureId) {
        return publicBaseUrl + "/registre/" + structureId;
    }

    /** The file name a download gets. */
    public static String fileName(String structureId, String campaign) {
        return "certificat-" + structureId + "-" + campaign + ".pdf";
    }
}
