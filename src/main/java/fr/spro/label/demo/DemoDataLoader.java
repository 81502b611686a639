package fr.spro.label.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.spro.label.activity.ActivityReport;
import fr.spro.label.activity.ActivityReports;
import fr.spro.label.assessment.Answer;
import fr.spro.label.assessment.AssessmentStatus;
import fr.spro.label.assessment.Campaigns;
import fr.spro.label.assessment.EvidenceRef;
import fr.spro.label.assessment.SelfAssessment;
import fr.spro.label.assessment.SelfAssessments;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Public;
import fr.spro.label.structure.Structures;
import fr.spro.label.structure.Territory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Loads the demo set from {@code classpath:demo/} when the database holds no structure yet, so
 * starting twice never loads it twice. A runner ordered first, so a command-line verb started
 * with {@code --demo} already sees the data.
 *
 * <p>A deliberately small reader of well-formed files: the intake module replaces it with the
 * real importer (validation, rejections, evidence storage).
 */
@Component
@Profile("demo")
@Order(0)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final String[] CAMPAIGNS = {"2024", "2025"};

    private final Structures structures;
    private final ActivityReports activity;
    private final SelfAssessments assessments;
    private final Campaigns campaigns;
    private final ObjectMapper json;
    private final Clock clock;

    DemoDataLoader(Structures structures, ActivityReports activity, SelfAssessments assessments,
                   Campaigns campaigns, ObjectMapper json, Clock clock) {
        this.structures = structures;
        this.activity = activity;
        this.assessments = assessments;
        this.campaigns = campaigns;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) throws IOException {
        if (structures.count() > 0) {
            log.info("Demo data not loaded: the database already holds structures");
            return;
        }
        structures.saveAll(csv("structures.csv").stream().map(DemoDataLoader::structure).toList());
        for (String campaign : CAMPAIGNS) {
            campaigns.ensure(Integer.parseInt(campaign));
        }
        activity.saveAll(csv("activity-2024.csv").stream().map(r -> activity(r::get)).toList());
        List<ActivityReport> reports2025 = new ArrayList<>();
        for (JsonNode node : json.readTree(new ClassPathResource("demo/activity-2025.json").getInputStream())) {
            reports2025.add(activity(name -> node.has(name) ? node.get(name).asString() : ""));
        }
        activity.saveAll(reports2025);
        for (String campaign : CAMPAIGNS) {
            assessments.saveAll(selfAssessments(csv("self-assessment-" + campaign + ".csv")));
        }
        log.info("Demo data loaded: {} structures", structures.count());
    }

    private static List<CSVRecord> csv(String name) throws IOException {
        try (Reader reader = new InputStreamReader(new ClassPathResource("demo/" + name).getInputStream(), StandardCharsets.UTF_8)) {
            char delimiter = name.startsWith("activity") ? ',' : ';';
            return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords();
        }
    }

    private static MemberStructure structure(CSVRecord r) {
        List<Public> publics = Arrays.stream(r.get("publics").split("\\|")).filter(s -> !s.isBlank()).map(Public::valueOf).toList();
        return new MemberStructure(r.get("id"), r.get("name"), Network.valueOf(r.get("network")),
                Membership.valueOf(r.get("membership")), Territory.valueOf(r.get("territory")), blankToNull(r.get("siret")),
                r.get("address"), r.get("postal_code"), r.get("city"), publics, date(r.get("charter_signed_on")),
                blankToNull(r.get("website")), blankToNull(r.get("email")), blankToNull(r.get("phone")));
    }

    private interface Cells {
        String get(String column);
    }

    private static ActivityReport activity(Cells c) {
        String id = c.get("structure_id");
        String campaign = c.get("campaign");
        return new ActivityReport(ActivityReport.idOf(id, campaign), id, campaign,
                integer(c.get("people_received")), decimal(c.get("advisers_fte")), decimal(c.get("opening_hours_per_week")),
                integer(c.get("weeks_closed")), integer(c.get("first_appointment_delay_days")), date(c.get("info_resources_updated_on")),
                integer(c.get("personalised_advice_sessions")), integer(c.get("referrals_to_members")),
                integer(c.get("territorial_meetings_held")), integer(c.get("territorial_meetings_attended")),
                integer(c.get("inspiring_practice_sessions")), integer(c.get("co_constructed_actions")),
                integer(c.get("local_partnerships")), integer(c.get("professionalisation_participations")),
                integer(c.get("sector_webinars_attended")), integer(c.get("satisfaction_respondents")),
                decimal(c.get("satisfaction_rate")), integer(c.get("complaints_received")),
                integer(c.get("complaints_answered_30d")), integer(c.get("company_events")));
    }

    private List<SelfAssessment> selfAssessments(List<CSVRecord> rows) {
        Map<String, Map<String, Answer>> byStructure = new HashMap<>();
        Map<String, String> campaignOf = new HashMap<>();
        for (CSVRecord r : rows) {
            String evidence = r.get("evidence");
            List<EvidenceRef> refs = evidence.isBlank() ? List.of()
                    : Arrays.stream(evidence.split("\\|")).map(e -> e.startsWith("https://") ? EvidenceRef.link(e)
                            : EvidenceRef.file(null, e, null, 0, null)).toList();
            String answer = switch (r.get("answer").toLowerCase()) {
                case "oui", "true", "yes", "1" -> "true";
                case "non", "false", "no", "0" -> "false";
                default -> r.get("answer");
            };
            byStructure.computeIfAbsent(r.get("structure_id"), k -> new HashMap<>())
                    .put(r.get("question"), new Answer(answer, blankToNull(r.get("comment")), refs));
            campaignOf.put(r.get("structure_id"), r.get("campaign"));
        }
        Instant now = Instant.now(clock);
        return byStructure.entrySet().stream().map(e -> new SelfAssessment(
                SelfAssessment.idOf(e.getKey(), campaignOf.get(e.getKey())), e.getKey(), campaignOf.get(e.getKey()),
                AssessmentStatus.SUBMITTED, e.getValue(), now, now)).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static LocalDate date(String s) {
        return blankToNull(s) == null ? null : LocalDate.parse(s);
    }

    private static Integer integer(String s) {
        return blankToNull(s) == null ? null : (int) Double.parseDouble(s);
    }

    private static Double decimal(String s) {
        return blankToNull(s) == null ? null : Double.parseDouble(s);
    }
}
