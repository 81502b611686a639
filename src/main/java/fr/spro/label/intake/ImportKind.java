package fr.spro.label.intake;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The three kinds of data file, in the order an inbox imports them: structures first so that
 * activity reports and answers can name a structure imported in the same run.
 */
public enum ImportKind {
    STRUCTURES("structures"),
    ACTIVITY("activity"),
    SELF_ASSESSMENT("self-assessment");

    private final String code;

    ImportKind(String code) {
        this.code = code;
    }

    /** The code used by the API ({@code kind=}) and as the prefix of inbox file names. */
    public String code() {
        return code;
    }

    public static Optional<ImportKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }

    /**
     * The kind an inbox file name announces ({@code structures*.csv|json},
     * {@code activity*.csv|json}, {@code self-assessment*.csv|json}, any case), if any.
     */
    public static Optional<ImportKind> ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".json")) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(kind -> name.startsWith(kind.code)).findFirst();
    }
}
