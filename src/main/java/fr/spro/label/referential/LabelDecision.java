package fr.spro.label.referential;

/** What a label proposal proposes and what an officer decides: the same six kinds. */
public enum LabelDecision {
    LABELLISE, LABELLISE_SOUS_CONDITIONS, AJOURNE, REFUSE, SUSPENDU, NON_ELIGIBLE;

    /** Decisions that grant the label (and a certificate). */
    public boolean grantsLabel() {
        return this == LABELLISE || this == LABELLISE_SOUS_CONDITIONS;
    }
}
