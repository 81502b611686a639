package fr.spro.label.demo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import fr.spro.label.csv.SafeCsv;
import fr.spro.label.referential.Question;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Territory;
import org.springframework.core.io.ClassPathResource;

/**
 * A synthetic, valid data set in the import formats, for demos, load tests and crash tests:
 * {@code structures.csv}, {@code activity-<campaign>.csv}, {@code self-assessment-<campaign>.csv}
 * and the few evidence files the answers share. Every network, membership and territory occurs
 * (from 15 structures on); most structures meet the charter, some have minor or major gaps,
 * miss evidence or have not signed it. Everything comes from one seeded {@link Random}, so the
 * same arguments give the same bytes.
 */
final class SyntheticDataSet {

    static final String STRUCTURES = "structures.csv";
    static final List<String> EVIDENCE_FILES = List.of("registre-accessibilite.pdf",
            "attestation-formation-non-discrimination.pdf", "procedure-orientation.pdf", "affichage-spro.png");
    static final String CONFIDENTIALITY_LINK = "https://www.spro-bfc.fr/charte/regles-de-confidentialite";

    private static final List<String> STRUCTURE_COLUMNS = List.of("id", "name", "network", "membership", "territory", "siret",
            "address", "postal_code", "city", "publics", "charter_signed_on", "website", "email", "phone");
    private static final List<String> ACTIVITY_COLUMNS = List.of("structure_id", "campaign", "people_received", "advisers_fte",
            "opening_hours_per_week", "weeks_closed", "first_appointment_delay_days", "info_resources_updated_on",
            "personalised_advice_sessions", "referrals_to_members", "territorial_meetings_held", "territorial_meetings_attended",
            "inspiring_practice_sessions", "co_constructed_actions", "local_partnerships", "professionalisation_participations",
            "sector_webinars_attended", "satisfaction_respondents", "satisfaction_rate", "complaints_received",
            "complaints_answered_30d", "company_events");
    private static final List<String> ANSWER_COLUMNS = List.of("structure_id", "campaign", "question", "answer", "comment", "evidence");

    /** The answers the referential wants evidence for, and what the data set attaches. */
    private static final Map<Question, String> EVIDENCE = Map.of(
            Question.ACCESSIBILITY_REGISTER, "registre-accessibilite.pdf",
            Question.ANTI_DISCRIMINATION_TRAINING, "attestation-formation-non-discrimination.pdf",
            Question.CONFIDENTIALITY_RULES, CONFIDENTIALITY_LINK,
            Question.REFERRAL_PROCEDURE, "procedure-orientation.pdf",
            Question.SPRO_IDENTITY_DISPLAYED, "affichage-spro.png");

    /** How often each network occurs, roughly as in a French region. */
    private static final Map<Network, Integer> NETWORK_WEIGHTS = weights();

    private final int count;
    private final int campaign;
    private final long seed;

    SyntheticDataSet(int count, int campaign, long seed) {
        this.count = count;
        this.campaign = campaign;
        this.seed = seed;
    }

    /** Writes the data set into {@code folder} (created if needed) and returns the files written. */
    List<Path> writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(seed);
        List<Structure> structures = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            structures.add(structure(i, random));
        }
        List<Path> written = new ArrayList<>();
        written.add(write(folder.resolve(STRUCTURES), STRUCTURE_COLUMNS, csv -> structures.forEach(s -> csv.row(s.cells()))));
        written.add(write(folder.resolve("activity-" + campaign + ".csv"), ACTIVITY_COLUMNS,
                csv -> structures.forEach(s -> csv.row(s.activity().cells(s.id(), campaign)))));
        written.add(write(folder.resolve("self-assessment-" + campaign + ".csv"), ANSWER_COLUMNS,
                csv -> structures.forEach(s -> s.answers().forEach((question, answer) -> csv.row(s.id(), campaign,
                        question.code(), answer.value(), answer.comment(), answer.evidence())))));
        for (String evidence : EVIDENCE_FILES) {
            Path file = folder.resolve(evidence);
            Files.write(file, new ClassPathResource(DemoDataLoader.FOLDER + evidence).getContentAsByteArray());
            written.add(file);
        }
        return written;
    }

    private static Path write(Path file, List<String> columns, Consumer<SafeCsv> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); SafeCsv csv = SafeCsv.open(out, columns)) {
            rows.accept(csv);
        }
        return file;
    }

    // ---------------------------------------------------------------- one structure

    private Structure structure(int index, Random random) {
        Network network = index < Network.values().length ? Network.values()[index] : weighted(random);
        Territory territory = index < Territory.values().length ? Territory.values()[index]
                : Territory.values()[random.nextInt(Territory.values().length)];
        Membership membership = membership(network, index, random);
        Places.Place place = Places.of(territory).get(random.nextInt(Places.of(territory).size()));
        String id = Places.prefix(network) + "-" + Places.code(territory) + "-" + String.format(Locale.ROOT, "%05d", index + 1);
        Profile profile = Profile.draw(random);
        String slug = id.toLowerCase(Locale.ROOT);
        String[] cells = {
                id,
                Places.label(network) + " de " + place.city() + " (site " + (index + 1) + ")",
                network.name(), membership.name(), territory.name(), siret(random),
                (1 + random.nextInt(120)) + " " + Places.STREETS.get(random.nextInt(Places.STREETS.size())),
                place.postalCode(), place.city(), Places.publics(network),
                profile == Profile.UNSIGNED_CHARTER ? "" : LocalDate.of(campaign - 2 + random.nextInt(2), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString(),
                random.nextBoolean() ? "https://www." + slug + ".fr" : "",
                "contact@" + slug + ".fr",
                String.format(Locale.ROOT, "03 %02d %02d %02d %02d", 80 + random.nextInt(10), random.nextInt(100), random.nextInt(100), random.nextInt(100))};
        Figures figures = Figures.conforming(campaign, random);
        Map<Question, AnswerCells> answers = conformingAnswers(random);
        profile.apply(figures, answers, random);
        return new Structure(id, cells, figures, answers);
    }

    private static Map<Question, AnswerCells> conformingAnswers(Random random) {
        Map<Question, AnswerCells> answers = new LinkedHashMap<>();
        for (Question question : Question.values()) {
            String value = switch (question) {
                case ALTERNATIVE_RECEPTION -> random.nextBoolean() ? "oui" : "non";
                case PREVIOUS_ACTION_PLAN -> random.nextInt(10) < 6 ? "NONE" : "DONE";
                default -> "oui";
            };
            String evidence = EVIDENCE.getOrDefault(question, "");
            String comment = !evidence.isEmpty() && random.nextInt(10) == 0 ? "Document à jour, consultable à l'accueil" : "";
            answers.put(question, new AnswerCells(value, comment, evidence));
        }
        return answers;
    }

    private static Membership membership(Network network, int index, Random random) {
        if (network == Network.CIO || network == Network.UNIVERSITE) {
            return Membership.ASSOCIATED;
        }
        boolean partnerNetwork = network == Network.AUTRE || network == Network.APECITA || network == Network.CREATIV;
        if (index == Network.AUTRE.ordinal() || partnerNetwork && random.nextBoolean() || random.nextInt(100) < 2) {
            return Membership.RESOURCE_PARTNER;
        }
        return Membership.MEMBER;
    }

    private static Network weighted(Random random) {
        int total = NETWORK_WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
        int draw = random.nextInt(total);
        for (Map.Entry<Network, Integer> entry : NETWORK_WEIGHTS.entrySet()) {
            draw -= entry.getValue();
            if (draw < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("weights exhausted");
    }

    /** 13 random digits and the Luhn key that makes a valid SIRET. */
    static String siret(Random random) {
        int[] digits = new int[14];
        for (int i = 0; i < 13; i++) {
            digits[i] = random.nextInt(10);
        }
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            // From the right, the key is position 0; the digit just left of it is doubled.
            int digit = digits[12 - i];
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        digits[13] = (10 - sum % 10) % 10;
        StringBuilder siret = new StringBuilder(14);
        Arrays.stream(digits).forEach(siret::append);
        return siret.toString();
    }

    private static Map<Network, Integer> weights() {
        Map<Network, Integer> weights = new EnumMap<>(Network.class);
        int[] values = {18, 15, 6, 3, 5, 3, 3, 12, 4, 4, 2, 2, 12, 4, 7};
        for (Network network : Network.values()) {
            weights.put(network, values[network.ordinal()]);
        }
        return weights;
    }

    private record Structure(String id, String[] cells, Figures activity, Map<Question, AnswerCells> answers) {
    }

    /** The cells of one answer row after the key. */
    record AnswerCells(String value, String comment, String evidence) {

        AnswerCells withValue(String newValue) {
            return new AnswerCells(newValue, comment, evidence);
        }

        AnswerCells withoutEvidence() {
            return new AnswerCells(value, comment, "");
        }
    }

    // ---------------------------------------------------------------- outcomes

    /** What a structure's data looks like against the referential. */
    enum Profile {
        CONFORMING, FEW_MINOR_GAPS, MANY_MINOR_GAPS, MAJOR_GAP, MISSING_EVIDENCE, UNSIGNED_CHARTER;

        static Profile draw(Random random) {
            int roll = random.nextInt(100);
            if (roll < 2) {
                return UNSIGNED_CHARTER;
            }
            if (roll < 9) {
                return MAJOR_GAP;
            }
            if (roll < 14) {
                return MANY_MINOR_GAPS;
            }
            if (roll < 32) {
                return FEW_MINOR_GAPS;
            }
            return roll < 38 ? MISSING_EVIDENCE : CONFORMING;
        }

        void apply(Figures figures, Map<Question, AnswerCells> answers, Random random) {
            switch (this) {
                case FEW_MINOR_GAPS -> Gaps.minor(figures, answers, random, 1 + random.nextInt(3));
                case MANY_MINOR_GAPS -> Gaps.minor(figures, answers, random, 4 + random.nextInt(2));
                case MAJOR_GAP -> Gaps.major(figures, answers, random);
                case MISSING_EVIDENCE -> {
                    List<Question> withEvidence = new ArrayList<>(EVIDENCE.keySet().stream().sorted().toList());
                    int missing = 1 + random.nextInt(2);
                    for (int i = 0; i < missing; i++) {
                        Question question = withEvidence.remove(random.nextInt(withEvidence.size()));
                        answers.put(question, answers.get(question).withoutEvidence());
                    }
                }
                default -> {
                    // conforming data, or only the charter signature missing (written with the structure)
                }
            }
        }
    }
}
