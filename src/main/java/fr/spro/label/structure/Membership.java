package fr.spro.label.structure;

/** How a structure takes part in the SPRO; resource partners are never evaluated nor labelled. */
public enum Membership {
    MEMBER, ASSOCIATED, RESOURCE_PARTNER;

    public boolean isEvaluated() {
        return this != RESOURCE_PARTNER;
    }
}
