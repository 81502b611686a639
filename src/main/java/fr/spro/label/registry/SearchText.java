package fr.spro.label.registry;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form names and towns are searched and sorted in: lower case, without accents, words
 * separated by one space ("Chenôve" and "chenove" match, "Saint-Claude" is "saint claude").
 * The embedded store has no {@code $text} index, so the registry stores this form and matches words in it.
 */
final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private SearchText() {
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace("œ", "oe").replace("Œ", "oe")
                .replace("æ", "ae").replace("Æ", "ae"), Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(plain).replaceAll(" ").trim();
    }

    static String of(String... parts) {
        return normalise(String.join(" ", Arrays.stream(parts).map(p -> p == null ? "" : p).toList()));
    }

    /** The words of a search, each to be found in the text. */
    static List<String> words(String query) {
        String normalised = normalise(query);
        return normalised.isEmpty() ? List.of() : List.of(normalised.split(" "));
    }
}
