package fr.spro.label.referential;

/** What a label proposal proposes and what an officer decides: the same six kinds. */
public enum LabelDecision {
    LABELLISE, LABELLISE_SOUS_CONDITIONS, AJOURNE, REFUSE, SUSPENDU, NON_ELIGIBLE;

    /** Decisions that grant the label (and a certificate). */
    public boolean grantsLabel() {
        return this == LABELLISE || this == LABELLISE_SOUS_CONDITIONS;
    }

    /** Decisions that open items for the structure to carry out: an action plan (conditions) or corrections (suspension). */
    public boolean opensItems() {
        return this == LABELLISE_SOUS_CONDITIONS || this == SUSPENDU;
    }
}
