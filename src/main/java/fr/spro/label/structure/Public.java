package fr.spro.label.structure;

/** The publics a structure receives. */
public enum Public {
    YOUTH_16_30, ADULTS, JOB_SEEKERS, EMPLOYEES, STUDENTS, PUPILS
}
