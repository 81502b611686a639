package fr.spro.label.structure;

import java.util.Arrays;
import java.util.List;

/** How a structure takes part in the SPRO; resource partners are never evaluated nor labelled. */
public enum Membership {
    MEMBER, ASSOCIATED, RESOURCE_PARTNER;

    public boolean isEvaluated() {
        return this != RESOURCE_PARTNER;
    }

    /** The memberships whose structures are evaluated. */
    public static List<Membership> evaluated() {
        return Arrays.stream(values()).filter(Membership::isEvaluated).toList();
    }
}
