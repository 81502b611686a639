package fr.spro.label.evaluation.facts;

/**
 * One structure under evaluation with everything the referential reads about it, named as the
 * referential names them: {@code s} the structure ({@code s.xxx}), {@code q} the self-assessment
 * answers ({@code q.xxx}), {@code a} the activity figures ({@code a.xxx}), plus the campaign and
 * the current label. A rule reads {@code Case( a.openingHoursPerWeek >= 24 )} as the referential
 * writes "a.opening_hours_per_week &gt;= 24".
 *
 * <p>Several cases can be evaluated in one session; every conclusion names its case. Equality is
 * identity on purpose: two cases are never "the same" because their figures are, and joining a
 * verdict to its case then costs a reference comparison.
 */
public final class Case {

    private final Structure s;
    private final Answers q;
    private final Activity a;
    private final Campaign campaign;
    private final LabelStatus label;

    public Case(Structure s, Answers q, Activity a, Campaign campaign, LabelStatus label) {
        this.s = s;
        this.q = q;
        this.a = a;
        this.campaign = campaign;
        this.label = label;
    }

    /** The structure ({@code s.xxx}). */
    public Structure s() {
        return s;
    }

    /** The self-assessment answers ({@code q.xxx}). */
    public Answers q() {
        return q;
    }

    /** The activity figures ({@code a.xxx}). */
    public Activity a() {
        return a;
    }

    public Campaign campaign() {
        return campaign;
    }

    public LabelStatus label() {
        return label;
    }

    @Override
    public String toString() {
        return "Case[" + s.id() + ", " + campaign.id() + "]";
    }
}
