package fr.spro.label.evaluation;

import fr.spro.label.referential.Catalogue;

/**
 * The referential of the rule set in force. It changes when an officer activates a new rule set,
 * so callers ask for it each time instead of keeping a copy.
 */
public interface ActiveReferential {

    Catalogue catalogue();
}
