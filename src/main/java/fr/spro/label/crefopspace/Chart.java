package fr.spro.label.crefopspace;

import java.util.List;

/**
 * A horizontal bar chart drawn on the server: each bar carries its label, its value as text and
 * its length in percent of the chart's scale, so the page needs no script and no inline style
 * (the length is an SVG attribute). The same figures are always in a table beside it.
 *
 * @param threshold where to draw the threshold line, in percent of the scale, or {@code null}
 */
record Chart(String id, List<Bar> bars, Double threshold) {

    /**
     * @param labelKey message key of the label, or {@code null} when {@code label} is the text itself
     * @param length   0 to 100, in percent of the scale
     * @param marked   a bar to stand out (a territory meeting the indicator)
     */
    record Bar(String labelKey, String label, String value, double length, boolean marked) {

        /** The length as an SVG attribute value, e.g. {@code 43.5}. */
        public String width() {
            return String.format(java.util.Locale.ROOT, "%.1f", Math.max(0, Math.min(100, length)));
        }
    }

    /** The threshold as an SVG attribute value. */
    public String thresholdX() {
        return threshold == null ? null : String.format(java.util.Locale.ROOT, "%.1f", threshold);
    }

    /** Bars whose scale is the largest value (counts). */
    static double lengthOf(int value, int largest) {
        return largest <= 0 ? 0 : 100.0 * value / largest;
    }
}
