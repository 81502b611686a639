package fr.spro.label.security;

/** The four roles; a STRUCTURE account is bound to one structure. */
public enum Role {
    STRUCTURE, OFFICER, CREFOP, ADMIN
}
