package fr.spro.label.structurespace;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the activity form posts: {@code figures[<column>]} for each figure, as typed. */
class ActivityForm {

    private Map<String, String> figures = new LinkedHashMap<>();

    public Map<String, String> getFigures() {
        return figures;
    }

    public void setFigures(Map<String, String> figures) {
        this.figures = figures;
    }
}
