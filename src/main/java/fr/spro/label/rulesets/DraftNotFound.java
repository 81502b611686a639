package fr.spro.label.rulesets;

/** No draft with that id is waiting: it never existed, or was activated or discarded since. */
class DraftNotFound extends RuntimeException {

    DraftNotFound(String id) {
        super("Brouillon de jeu de règles introuvable : « " + id + " »");
    }
}
