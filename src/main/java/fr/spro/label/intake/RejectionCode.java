package fr.spro.label.intake;

import java.util.Map;

/**
 * One stable code per rule of {@code data-formats.md}, with the French sentence a structure's
 * staff reads. Placeholders in braces ({@code {column}}, {@code {value}}, ...) are filled from
 * the rejection's details; the codes are a contract (reports, API, scripts): never rename one.
 */
public enum RejectionCode {

    // ---- the file cannot be read: rejected whole, nothing written
    EMPTY_FILE(true, "Le fichier est vide : il doit contenir une ligne d'en-tête puis une ligne par enregistrement."),
    UNREADABLE_FILE(true, "Le fichier n'a pas pu être lu ({detail}) : déposez-le à nouveau."),
    BINARY_FILE(true, "Ce fichier n'est pas un fichier texte ({detail}) : enregistrez vos données au format CSV (UTF-8) ou JSON."),
    NOT_UTF8(true, "Le fichier n'est pas encodé en UTF-8 ({detail}) : dans votre tableur, enregistrez-le au format « CSV UTF-8 »."),
    NO_HEADER(true, "La première ligne doit être la ligne d'en-tête, avec les noms des colonnes : {expected}."),
    UNKNOWN_COLUMN(true, "Colonne inconnue « {column} » : les colonnes possibles sont {expected}."),
    MISSING_COLUMN(true, "Colonne obligatoire absente de l'en-tête : « {column} »."),
    DUPLICATE_COLUMN(true, "La colonne « {column} » apparaît deux fois dans l'en-tête."),
    MALFORMED_CSV(true, "Fichier CSV mal formé à partir de la ligne {line} : un guillemet n'est pas refermé ou est suivi d'autre chose qu'un séparateur."),
    BROKEN_JSON(true, "Fichier JSON mal formé (ligne {line}, colonne {detail}) : vérifiez les virgules, guillemets, accolades et crochets."),
    JSON_NOT_ARRAY(true, "Le fichier JSON doit contenir un tableau d'objets : [ { ... }, { ... } ]."),

    // ---- the shape of one record
    CELL_COUNT(false, "Cette ligne compte {detail} cellules alors que l'en-tête en compte {expected} : vérifiez les séparateurs et les guillemets."),
    JSON_NOT_OBJECT(false, "L'élément n° {detail} du tableau (ligne {line}) n'est pas un objet { ... }."),
    JSON_UNKNOWN_FIELD(false, "Champ inconnu « {column} » : les champs possibles sont {expected}."),
    JSON_VALUE_TYPE(false, "Champ « {column} » : une valeur simple (texte, nombre ou booléen) est attendue."),

    // ---- one value
    REQUIRED(false, "La colonne « {column} » est obligatoire : elle ne peut pas être vide."),
    TOO_LONG(false, "« {column} » est trop long : {detail} caractères pour {max} au plus."),
    INVALID_ID(false, "Identifiant « {value} » invalide : de 2 à 40 caractères parmi les majuscules, chiffres et tirets (par exemple ML-DIJON)."),
    UNKNOWN_NETWORK(false, "Réseau « {value} » inconnu : valeurs possibles {expected}."),
    UNKNOWN_MEMBERSHIP(false, "Type d'adhésion « {value} » inconnu : valeurs possibles {expected}."),
    UNKNOWN_TERRITORY(false, "Territoire « {value} » inconnu : codes possibles {expected}."),
    UNKNOWN_PUBLIC(false, "Public « {value} » inconnu : valeurs possibles {expected} (séparées par |)."),
    SIRET_FORMAT(false, "Le SIRET « {value} » doit comporter exactement 14 chiffres."),
    SIRET_CHECKSUM(false, "Le SIRET « {value} » est invalide (clé de contrôle) : un chiffre a sans doute été oublié ou inversé."),
    POSTAL_CODE_FORMAT(false, "Code postal « {value} » invalide : 5 chiffres sont attendus."),
    EMAIL_FORMAT(false, "Adresse électronique « {value} » invalide (forme attendue : nom@domaine.fr)."),
    URL_FORMAT(false, "Adresse web « {value} » invalide : elle doit commencer par http:// ou https:// suivi d'un nom de domaine."),
    DATE_FORMAT(false, "Date « {value} » invalide dans « {column} » : format attendu AAAA-MM-JJ (par exemple 2025-03-15)."),
    CAMPAIGN_FORMAT(false, "Campagne « {value} » invalide : une année sur 4 chiffres est attendue (par exemple 2025)."),
    NOT_AN_INTEGER(false, "« {column} » : « {value} » n'est pas un nombre entier."),
    NOT_A_NUMBER(false, "« {column} » : « {value} » n'est pas un nombre."),
    NEGATIVE_VALUE(false, "« {column} » ne peut pas être négatif (valeur lue : {value})."),
    OUT_OF_RANGE(false, "« {column} » doit être compris entre {min} et {max} (valeur lue : {value})."),
    ATTENDED_GT_HELD(false, "Réunions territoriales suivies ({value}) plus nombreuses que les réunions tenues ({detail})."),
    ANSWERED_GT_RECEIVED(false, "Réclamations traitées en 30 jours ({value}) plus nombreuses que les réclamations reçues ({detail})."),
    UNKNOWN_QUESTION(false, "Question « {value} » inconnue : questions possibles {expected}."),
    WRONG_ANSWER_TYPE(false, "Réponse « {value} » invalide pour la question « {detail} » : réponse attendue {expected}."),

    // ---- the record against the rest of the file and the database
    DUPLICATE_KEY(false, "Doublon : {detail} figure déjà {expected} ; seule la première ligne est prise en compte."),
    UNKNOWN_STRUCTURE(false, "Structure « {value} » inconnue : importez-la d'abord dans l'annuaire (fichier structures)."),
    UNKNOWN_CAMPAIGN(false, "La campagne {value} n'est pas ouverte : un agent de la Région doit l'ouvrir avant tout dépôt."),
    CAMPAIGN_CLOSED(false, "Campagne close pour cette structure : la décision de label {detail} est déjà prise, ses réponses ne peuvent plus être modifiées."),
    OTHER_STRUCTURE(false, "Ligne refusée : elle concerne la structure « {value} » ; depuis votre espace, vous ne pouvez déposer que les données de votre structure ({expected})."),
    OTHER_CAMPAIGN(false, "Ligne refusée : elle concerne la campagne « {value} » ; depuis votre espace, vous ne pouvez déposer que les données de la campagne en cours ({expected})."),

    // ---- evidence named by an answer
    EVIDENCE_NAME(false, "Justificatif « {value} » : indiquez un nom de fichier simple (sans dossier) ou un lien https://."),
    EVIDENCE_URL(false, "Lien « {value} » refusé : les liens vers un justificatif doivent commencer par https://."),
    EVIDENCE_NOT_FOUND(false, "Justificatif « {value} » introuvable : déposez le fichier à côté du fichier importé ou indiquez un lien https://."),
    EVIDENCE_EMPTY(false, "Justificatif « {value} » refusé : le fichier est vide."),
    EVIDENCE_TOO_LARGE(false, "Justificatif « {value} » refusé : il dépasse 10 Mo."),
    EVIDENCE_TYPE(false, "Justificatif « {value} » refusé : seuls les documents PDF et les images PNG ou JPEG sont acceptés (type reconnu au contenu)."),

    // ---- storage
    WRITE_FAILED(false, "Enregistrement interrompu : cette ligne n'a pas pu être enregistrée avec certitude ; importez à nouveau le fichier (les lignes déjà enregistrées ne seront pas dupliquées).");

    private final boolean wholeFile;
    private final String template;

    RejectionCode(boolean wholeFile, String template) {
        this.wholeFile = wholeFile;
        this.template = template;
    }

    /** True for the codes that reject a file as a whole. */
    public boolean isWholeFile() {
        return wholeFile;
    }

    /** The French sentence with its placeholders filled; unknown placeholders are left out. */
    public String message(Map<String, String> details) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int end = c == '{' ? template.indexOf('}', i) : -1;
            String key = end > i + 1 ? template.substring(i + 1, end) : null;
            if (key != null && key.chars().allMatch(Character::isLetterOrDigit)) {
                out.append(details.getOrDefault(key, ""));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The template itself, for documentation and tests. */
    public String template() {
        return template;
    }
}
