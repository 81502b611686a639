package fr.spro.label.referential;

/** The outcome of one criterion for one structure in one campaign. */
public enum Outcome {
    CONFORME, NC_MINEURE, NC_MAJEURE, A_JUSTIFIER, NON_APPLICABLE;

    /** {@code A_JUSTIFIER} counts as a minor non-conformity in every decision. */
    public boolean isMinor() {
        return this == NC_MINEURE || this == A_JUSTIFIER;
    }

    public boolean isApplicable() {
        return this != NON_APPLICABLE;
    }
}
