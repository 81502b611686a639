package fr.spro.label.structure;

/** The network a member structure belongs to. */
public enum Network {
    MISSION_LOCALE, FRANCE_TRAVAIL, CAP_EMPLOI, APEC, CEP, MIFE, MIP, INFORMATION_JEUNESSE,
    CCI, CMA, APECITA, CREATIV, CIO, UNIVERSITE, AUTRE
}
