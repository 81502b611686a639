package fr.spro.label.demo;

import java.util.List;
import java.util.Map;

import fr.spro.label.structure.Network;
import fr.spro.label.structure.Territory;

/** Cities, streets, network names and publics that make synthetic structures look like real ones. */
final class Places {

    static final List<String> STREETS = List.of("rue de la République", "avenue Jean Jaurès", "rue Victor Hugo",
            "boulevard Carnot", "place de la Libération", "rue du Faubourg", "rue Pasteur", "avenue de la Gare",
            "rue des Écoles", "quai de la Saône");

    private static final Map<Territory, List<Place>> CITIES = Map.of(
            Territory.DIJON_BEAUNE, List.of(new Place("Dijon", "21000"), new Place("Beaune", "21200"), new Place("Chenôve", "21300"), new Place("Talant", "21240")),
            Territory.JURA, List.of(new Place("Lons-le-Saunier", "39000"), new Place("Dole", "39100"), new Place("Saint-Claude", "39200")),
            Territory.NIEVRE, List.of(new Place("Nevers", "58000"), new Place("Cosne-Cours-sur-Loire", "58200"), new Place("Clamecy", "58500")),
            Territory.NORD_FRANCHE_COMTE, List.of(new Place("Belfort", "90000"), new Place("Montbéliard", "25200"), new Place("Héricourt", "70400")),
            Territory.YONNE, List.of(new Place("Auxerre", "89000"), new Place("Sens", "89100"), new Place("Avallon", "89200")),
            Territory.AUTUN_CREUSOT_MONTCEAU_CHAROLAIS, List.of(new Place("Autun", "71400"), new Place("Le Creusot", "71200"), new Place("Montceau-les-Mines", "71300"), new Place("Paray-le-Monial", "71600")),
            Territory.BESANCON_MORTEAU_PONTARLIER, List.of(new Place("Besançon", "25000"), new Place("Morteau", "25500"), new Place("Pontarlier", "25300")),
            Territory.HAUTE_SAONE, List.of(new Place("Vesoul", "70000"), new Place("Lure", "70200"), new Place("Gray", "70100")),
            Territory.MONTBARD_CHATILLON, List.of(new Place("Montbard", "21500"), new Place("Châtillon-sur-Seine", "21400")),
            Territory.SAONE_SEILLE, List.of(new Place("Louhans", "71500"), new Place("Tournus", "71700")));

    private Places() {
    }

    static List<Place> of(Territory territory) {
        return CITIES.get(territory);
    }

    /** Three letters for ids. */
    static String code(Territory territory) {
        return switch (territory) {
            case DIJON_BEAUNE -> "DIJ";
            case JURA -> "JUR";
            case NIEVRE -> "NIE";
            case NORD_FRANCHE_COMTE -> "NFC";
            case YONNE -> "YON";
            case AUTUN_CREUSOT_MONTCEAU_CHAROLAIS -> "ACM";
            case BESANCON_MORTEAU_PONTARLIER -> "BMP";
            case HAUTE_SAONE -> "HSA";
            case MONTBARD_CHATILLON -> "MCH";
            case SAONE_SEILLE -> "SSE";
        };
    }

    static String prefix(Network network) {
        return switch (network) {
            case MISSION_LOCALE -> "ML";
            case FRANCE_TRAVAIL -> "FT";
            case CAP_EMPLOI -> "CE";
            case UNIVERSITE -> "UNIV";
            case INFORMATION_JEUNESSE -> "IJ";
            case AUTRE -> "AUT";
            default -> network.name();
        };
    }

    static String label(Network network) {
        return switch (network) {
            case MISSION_LOCALE -> "Mission locale";
            case FRANCE_TRAVAIL -> "France Travail, agence";
            case CAP_EMPLOI -> "Cap emploi";
            case APEC -> "Apec, centre";
            case CEP -> "Conseil en évolution professionnelle";
            case MIFE -> "Maison de l'information sur la formation et l'emploi";
            case MIP -> "Maison de l'information et de la promotion";
            case INFORMATION_JEUNESSE -> "Point Information Jeunesse";
            case CCI -> "Chambre de commerce et d'industrie";
            case CMA -> "Chambre de métiers et de l'artisanat";
            case APECITA -> "Apecita";
            case CREATIV -> "Creativ'";
            case CIO -> "Centre d'information et d'orientation";
            case UNIVERSITE -> "Service universitaire d'orientation";
            case AUTRE -> "Association d'accompagnement";
        };
    }

    static String publics(Network network) {
        return switch (network) {
            case MISSION_LOCALE -> "YOUTH_16_30";
            case FRANCE_TRAVAIL, CAP_EMPLOI -> "JOB_SEEKERS|ADULTS";
            case APEC -> "EMPLOYEES|JOB_SEEKERS";
            case CEP -> "EMPLOYEES|ADULTS";
            case MIFE, MIP -> "ADULTS|EMPLOYEES|JOB_SEEKERS";
            case INFORMATION_JEUNESSE -> "YOUTH_16_30|STUDENTS";
            case CCI, CMA -> "ADULTS|EMPLOYEES|YOUTH_16_30";
            case APECITA -> "EMPLOYEES";
            case CREATIV -> "ADULTS|STUDENTS|PUPILS";
            case CIO -> "PUPILS|STUDENTS|YOUTH_16_30";
            case UNIVERSITE -> "STUDENTS";
            case AUTRE -> "ADULTS";
        };
    }

    record Place(String city, String postalCode) {
    }
}
