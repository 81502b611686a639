package fr.spro.label.referential;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The referential as data: its version, the criteria with their titles, help texts and evidence
 * requirement, and the thresholds and durations the Region may change. Read from {@code criteria.csv},
 * {@code referential.properties} and {@code parameters.csv} beside the rule files.
 */
public final class Catalogue {

    public static final String CRITERIA_FILE = "criteria.csv";
    public static final String PROPERTIES_FILE = "referential.properties";
    private final String version;
    private final Map<String, Criterion> criteria;
    private final Parameters parameters;
    private final ProcedurePeriods periods;

    private Catalogue(String version, Map<String, Criterion> criteria, Parameters parameters) {
        this.version = version;
        this.criteria = criteria;
        this.parameters = parameters;
        this.periods = ProcedurePeriods.of(parameters);
    }

    /** Parses the three files' contents; a malformed file fails with a message naming it. */
    public static Catalogue parse(String criteriaCsv, String referentialProperties, String parametersCsv) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(referentialProperties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Criterion> criteria = new LinkedHashMap<>();
        try (Reader reader = new StringReader(criteriaCsv.replace("\uFEFF", ""))) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                Criterion criterion = criterion(row);
                criteria.put(criterion.id(), criterion);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(CRITERIA_FILE + " : " + e.getMessage(), e);
        }
        Parameters parameters = Parameters.parse(parametersCsv);
        for (Parameter parameter : parameters.all()) {
            if (parameter.criterion().matches("[A-Z]{3}-\\d{2}") && !criteria.containsKey(parameter.criterion())) {
                throw new IllegalArgumentException(Parameters.FILE + " : le paramètre « " + parameter.name() + " » porte sur "
                        + parameter.criterion() + ", absent de " + CRITERIA_FILE);
            }
        }
        for (String required : ProcedurePeriods.NAMES) {
            if (!parameters.contains(required)) {
                throw new IllegalArgumentException(Parameters.FILE + " : paramètre « " + required + " » manquant");
            }
            if (!parameters.parameter(required).orElseThrow().type().period()) {
                throw new IllegalArgumentException(Parameters.FILE + " : le paramètre « " + required
                        + " » est une durée : type years, months ou days");
            }
        }
        return new Catalogue(required(properties, "version"), Map.copyOf(criteria), parameters);
    }

    private static Criterion criterion(CSVRecord row) {
        String id = row.get("id");
        String evidence = row.get("evidence_question");
        Optional<Question> question = evidence.isBlank() ? Optional.empty()
                : Optional.of(Question.ofCode(evidence).orElseThrow(() ->
                        new IllegalArgumentException("question inconnue « " + evidence + " » pour " + id)));
        return new Criterion(id, Theme.valueOf(row.get("theme")), row.get("title_fr"), row.get("title_en"),
                question, row.get("help_fr"), row.get("help_en"));
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(PROPERTIES_FILE + " : clé « " + key + " » manquante");
        }
        return value.trim();
    }

    public String version() {
        return version;
    }

    /** The criteria in catalogue order (theme by theme, as the referential lists them). */
    public List<Criterion> criteria() {
        return criteria.values().stream()
                .sorted(java.util.Comparator.comparing((Criterion c) -> c.theme().ordinal()).thenComparing(Criterion::id))
                .toList();
    }

    public Optional<Criterion> criterion(String id) {
        return Optional.ofNullable(criteria.get(id));
    }

    /** The thresholds and defaults of this referential ({@code parameters.csv}). */
    public Parameters parameters() {
        return parameters;
    }

    /** The periods of the label procedure, from the parameters. */
    public ProcedurePeriods periods() {
        return periods;
    }
}
