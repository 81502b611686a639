package fr.spro.label.registry;

import fr.spro.label.referential.LabelDecision;

/** The status the public registry shows; structures never granted the label have none. */
public enum RegistryStatus {
    LABELLISE, LABELLISE_SOUS_CONDITIONS, SUSPENDU, RETIRE, EXPIRE;

    /** The status a granting decision gives while it is valid. */
    static RegistryStatus grantedBy(LabelDecision decision) {
        return decision == LabelDecision.LABELLISE ? LABELLISE : LABELLISE_SOUS_CONDITIONS;
    }

    /**
     * True for a label in force: granted, under conditions or suspended; not withdrawn nor
     * expired. These are the statuses that turn into {@link #EXPIRE} once the validity date has passed.
     */
    public boolean inForce() {
        return this != EXPIRE && this != RETIRE;
    }
}
