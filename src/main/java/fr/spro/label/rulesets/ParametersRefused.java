package fr.spro.label.rulesets;

import java.util.Map;

/** Values the parameters of the referential do not take, each with its French reason, by parameter name. */
class ParametersRefused extends RuntimeException {

    private final transient Map<String, String> reasons;

    ParametersRefused(Map<String, String> reasons) {
        super("Paramètres refusés : " + reasons);
        this.reasons = Map.copyOf(reasons);
    }

    Map<String, String> reasons() {
        return reasons;
    }
}
