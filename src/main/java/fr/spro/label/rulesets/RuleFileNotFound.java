package fr.spro.label.rulesets;

/** A rule file asked for by name that the rule set does not hold. */
class RuleFileNotFound extends RuntimeException {

    RuleFileNotFound(String name) {
        super("Fichier de règles introuvable : « " + name + " »");
    }
}
