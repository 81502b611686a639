package fr.spro.label.assessment;

/** A self-assessment is a draft until submitted; submitted answers are locked until reopened. */
public enum AssessmentStatus {
    DRAFT, SUBMITTED
}
