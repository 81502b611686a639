package fr.spro.label.referential;

/** The eight themes of the referential, in the order the reports present them. */
public enum Theme {
    ACC, NEU, SRV, NET, PRO, QUA, ECO, DEC;

    /** The theme of a criterion id such as {@code NET-01}. */
    public static Theme ofCriterion(String criterionId) {
        return valueOf(criterionId.substring(0, 3));
    }
}
