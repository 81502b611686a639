package fr.spro.label.reporting;

/**
 * The mention CRPA L311-3-1 requires on a decision taken on the basis of an algorithmic treatment:
 * that it was, what the treatment is for, and that the structure may ask for its rules (published
 * at {@code rulesUrl}) and for the explanation of its decision. Printed on every audit file and
 * certificate, from the messages {@code procedure.algorithm-mention.title} and {@code .text}.
 *
 * @param text the whole sentence, the address of the rules page included
 */
public record AlgorithmMention(String title, String text, String rulesUrl) {

    /** The sentence up to the address, so that a page can make the address a link. */
    public String beforeUrl() {
        int at = text.indexOf(rulesUrl);
        return at < 0 ? text : text.substring(0, at);
    }

    /** The sentence after the address; empty when the sentence does not hold it. */
    public String afterUrl() {
        int at = text.indexOf(rulesUrl);
        return at < 0 ? "" : text.substring(at + rulesUrl.length());
    }

    public boolean holdsUrl() {
        return text.contains(rulesUrl);
    }
}
