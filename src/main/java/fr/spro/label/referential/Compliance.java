package fr.spro.label.referential;

/** Charter compliance of an evaluated structure. */
public enum Compliance {
    CONFORME, PARTIELLEMENT_CONFORME, NON_CONFORME
}
