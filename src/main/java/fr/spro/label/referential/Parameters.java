package fr.spro.label.referential;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The thresholds and defaults of the referential, by name ({@code rules/parameters.csv}). The rule
 * files read them through the global {@code parameters}: {@code parameters.value("ACC-03.heures-conforme")}
 * in a condition, {@code parameters.text("ACC-03.heures-conforme")} ("24 h") in a sentence, so a value
 * is written once and an officer changes it without touching a rule. Immutable; a changed set is a
 * new instance ({@link #with}).
 */
public final class Parameters {

    public static final String FILE = "parameters.csv";
    /** The name of the global through which the rule files read the parameters. */
    public static final String GLOBAL = "parameters";

    private static final String[] HEADER = {"name", "criterion", "type", "value", "min", "max", "unit_fr", "unit_en", "bound",
            "not_above", "label_fr", "label_en"};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader(HEADER)
            .setSkipHeaderRecord(true).setRecordSeparator('\n').get();

    private final Map<String, Parameter> byName;
    /** The values as doubles, what the rule conditions compare with on every evaluation. */
    private final Map<String, Double> values;

    private Parameters(Map<String, Parameter> byName) {
        this.byName = Collections.unmodifiableMap(byName);
        Map<String, Double> doubles = new LinkedHashMap<>();
        byName.forEach((name, parameter) -> doubles.put(name, parameter.value().doubleValue()));
        this.values = Map.copyOf(doubles);
    }

    /**
     * Reads {@code parameters.csv}.
     *
     * @throws IllegalArgumentException naming the file, the line and what is wrong
     */
    public static Parameters parse(String csv) {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try (Reader reader = new StringReader(csv.replace("\uFEFF", ""))) {
            for (CSVRecord row : FORMAT.parse(reader)) {
                try {
                    Parameter parameter = parameter(row);
                    if (parameters.putIfAbsent(parameter.name(), parameter) != null) {
                        problems.add("ligne " + (row.getRecordNumber() + 1) + " : paramètre « " + parameter.name() + " » défini deux fois");
                    }
                } catch (IllegalArgumentException wrong) {
                    problems.add("ligne " + (row.getRecordNumber() + 1) + " : " + wrong.getMessage());
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
            throw new IllegalArgumentException(FILE + " : fichier illisible (" + unreadable.getMessage() + ")", unreadable);
        }
        Parameters result = new Parameters(parameters);
        problems.addAll(result.orderProblems());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(FILE + " : " + String.join(" ; ", problems));
        }
        return result;
    }

    private static Parameter parameter(CSVRecord row) {
        if (row.size() != HEADER.length) {
            throw new IllegalArgumentException(row.size() + " colonnes au lieu de " + HEADER.length);
        }
        String name = row.get("name").strip();
        // A threshold is named after its criterion or decision group; a period of the procedure as
        // procedure.md names it (label.validity, appeal.period).
        if (!name.matches("[A-Z]{3,10}(-\\d{2})?\\.[a-z0-9-]+|[a-z]+\\.[a-z0-9-]+")) {
            throw new IllegalArgumentException("nom de paramètre « " + name + " » invalide (ex. ACC-03.heures-conforme, appeal.period)");
        }
        Parameter.Type type = enumValue(Parameter.Type.class, row.get("type"), "type");
        BigDecimal min = number(row.get("min"), "min");
        BigDecimal max = number(row.get("max"), "max");
        BigDecimal value = number(row.get("value"), "value");
        String bound = row.get("bound").strip();
        Parameter parameter = new Parameter(name, row.get("criterion").strip(), type, value, min, max, row.get("unit_fr").strip(),
                row.get("unit_en").strip(), bound.isEmpty() ? Parameter.Bound.NONE : enumValue(Parameter.Bound.class, bound, "bound"),
                Optional.of(row.get("not_above").strip()).filter(s -> !s.isEmpty()), row.get("label_fr").strip(),
                row.get("label_en").strip());
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException(name + " : min " + min + " supérieur à max " + max);
        }
        if (!parameter.accepts(value)) {
            throw new IllegalArgumentException(name + " : valeur " + value.toPlainString() + " hors de l'intervalle admis "
                    + min.toPlainString() + " à " + max.toPlainString() + (type.whole() ? " (nombre entier)" : ""));
        }
        if (parameter.labelFr().isEmpty()) {
            throw new IllegalArgumentException(name + " : libellé français manquant");
        }
        return parameter;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String column) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("valeur « " + text + " » inconnue dans la colonne " + column);
        }
    }

    private static BigDecimal number(String text, String column) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("nombre attendu dans la colonne " + column + " (« " + text + " »)");
        }
    }

    /** The parameters whose value exceeds the one they may not exceed, or that name an unknown one. */
    private List<String> orderProblems() {
        List<String> problems = new ArrayList<>();
        for (Parameter parameter : byName.values()) {
            parameter.notAbove().ifPresent(other -> {
                Parameter ceiling = byName.get(other);
                if (ceiling == null) {
                    problems.add(parameter.name() + " : paramètre « " + other + " » inconnu (colonne not_above)");
                } else if (parameter.value().compareTo(ceiling.value()) > 0) {
                    problems.add(parameter.name() + " (" + parameter.value().toPlainString() + ") ne peut dépasser "
                            + other + " (" + ceiling.value().toPlainString() + ")");
                }
            });
        }
        return problems;
    }

    /**
     * The value of a parameter, as the rule conditions compare it.
     *
     * @throws IllegalArgumentException for a name that is not in the file (the rule check refuses such a rule)
     */
    public double value(String name) {
        Double value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("paramètre inconnu : " + name);
        }
        return value;
    }

    /** The value of a parameter as a French sentence prints it: {@code 24 h}, {@code 3 semaines}, {@code 75 %}. */
    public String text(String name) {
        return text(require(name), Locale.FRENCH);
    }

    /** The value with its unit in a language, e.g. {@code 75 %}, {@code 3 semaines}, {@code 3 weeks}. */
    public static String text(Parameter parameter, Locale locale) {
        BigDecimal value = parameter.value();
        if (parameter.type() == Parameter.Type.SHARE) {
            return number(value.multiply(BigDecimal.valueOf(100)), locale) + " %";
        }
        String unit = parameter.unit(locale, value);
        return unit.isEmpty() ? number(value, locale) : number(value, locale) + " " + unit;
    }

    private static String number(BigDecimal value, Locale locale) {
        String plain = value.setScale(Math.max(0, Math.min(2, value.stripTrailingZeros().scale())), RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        return "en".equals(locale.getLanguage()) ? plain : plain.replace('.', ',');
    }

    /** The value of a period parameter ({@code label.validity}: 3 years). */
    public Period period(String name) {
        return require(name).period();
    }

    public Optional<Parameter> parameter(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    private Parameter require(String name) {
        Parameter parameter = byName.get(name);
        if (parameter == null) {
            throw new IllegalArgumentException("paramètre inconnu : " + name);
        }
        return parameter;
    }

    /** Every parameter in file order. */
    public List<Parameter> all() {
        return List.copyOf(byName.values());
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    /**
     * The same parameters with some values changed (by name), or the reasons why not, in French, by name.
     */
    public Changed with(Map<String, BigDecimal> newValues) {
        Map<String, String> refused = new LinkedHashMap<>();
        Map<String, Parameter> changed = new LinkedHashMap<>(byName);
        newValues.forEach((name, value) -> {
            Parameter parameter = byName.get(name);
            if (parameter == null) {
                refused.put(name, "paramètre inconnu");
            } else if (!parameter.accepts(value)) {
                refused.put(name, "valeur hors de l'intervalle admis : de " + text(parameter.withValue(parameter.min()), Locale.FRENCH)
                        + " à " + text(parameter.withValue(parameter.max()), Locale.FRENCH)
                        + (parameter.type().whole() ? ", nombre entier" : ""));
            } else {
                changed.put(name, parameter.withValue(value));
            }
        });
        Parameters result = new Parameters(changed);
        if (refused.isEmpty()) {
            for (Parameter parameter : result.byName.values()) {
                parameter.notAbove().ifPresent(other -> {
                    Parameter ceiling = result.byName.get(other);
                    if (ceiling != null && parameter.value().compareTo(ceiling.value()) > 0) {
                        refused.put(parameter.name(), "ne peut dépasser « " + ceiling.label(Locale.FRENCH) + " » ("
                                + text(ceiling, Locale.FRENCH) + ")");
                    }
                });
            }
        }
        return new Changed(refused.isEmpty() ? result : this, Map.copyOf(refused));
    }

    /** The outcome of {@link #with}: the new parameters when {@code refused} is empty. */
    public record Changed(Parameters parameters, Map<String, String> refused) {
    }

    /** The file's text for these parameters, in the file's format and order. */
    public String toCsv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT.builder().setSkipHeaderRecord(false).get())) {
            for (Parameter p : byName.values()) {
                printer.printRecord(p.name(), p.criterion(), p.type().name().toLowerCase(Locale.ROOT), p.value().toPlainString(),
                        p.min().toPlainString(), p.max().toPlainString(), p.unitFr(), p.unitEn(),
                        p.bound() == Parameter.Bound.NONE ? "" : p.bound().name().toLowerCase(Locale.ROOT), p.notAbove().orElse(""),
                        p.labelFr(), p.labelEn());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
