package fr.spro.label.rulesets;

import java.util.ArrayList;
import java.util.List;

/**
 * One file of a stored rule set. Kept as a list of name and content rather than a map: file names
 * hold dots, which MongoDB does not take in field names.
 */
record RuleFile(String name, String content) {

    /** The text line by line, for the read-only view with line numbers (Drools' errors name lines). */
    public List<String> textLines() {
        List<String> lines = new ArrayList<>(List.of(content.split("\r?\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** Lines, for the read-only view: a file ending with a line break has no empty last line. */
    public int lines() {
        if (content.isEmpty()) {
            return 0;
        }
        int breaks = (int) content.chars().filter(c -> c == '\n').count();
        return content.endsWith("\n") ? breaks : breaks + 1;
    }
}
