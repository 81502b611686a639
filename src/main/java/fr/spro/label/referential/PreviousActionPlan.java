package fr.spro.label.referential;

/** Answer to {@code previous_action_plan}: what became of the previous campaign's action plan. */
public enum PreviousActionPlan {
    NONE, DONE, PARTIAL, NOT_DONE
}
