package fr.spro.label.structure;

/** The ten SPRO territories of Bourgogne-Franche-Comté (Annexe 7 of the schéma). */
public enum Territory {
    DIJON_BEAUNE("Dijon - Beaune"),
    JURA("Jura"),
    NIEVRE("Nièvre"),
    NORD_FRANCHE_COMTE("Nord Franche-Comté"),
    YONNE("Yonne"),
    AUTUN_CREUSOT_MONTCEAU_CHAROLAIS("Autun - Le Creusot - Montceau - Charolais"),
    BESANCON_MORTEAU_PONTARLIER("Besançon - Morteau - Pontarlier"),
    HAUTE_SAONE("Haute-Saône"),
    MONTBARD_CHATILLON("Montbard - Châtillon"),
    SAONE_SEILLE("Saône - Seille");

    private final String label;

    Territory(String label) {
        this.label = label;
    }

    /** The French name, as the schéma writes it. */
    public String label() {
        return label;
    }
}
