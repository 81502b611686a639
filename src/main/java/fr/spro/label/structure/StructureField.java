package fr.spro.label.structure;

import java.time.LocalDate;
import java.util.List;

/**
 * The directory fields an import may give, each with the {@link MemberStructure} property it is
 * stored as and the type of its value ({@code null} clears it). The id is the key, not a field.
 */
public enum StructureField {

    NAME("name", String.class),
    NETWORK("network", Network.class),
    MEMBERSHIP("membership", Membership.class),
    TERRITORY("territory", Territory.class),
    SIRET("siret", String.class),
    ADDRESS("address", String.class),
    POSTAL_CODE("postalCode", String.class),
    CITY("city", String.class),
    /** A {@code List<Public>}; {@code null} is stored as an empty list, as the document reads it. */
    PUBLICS("publics", List.class),
    CHARTER_SIGNED_ON("charterSignedOn", LocalDate.class),
    WEBSITE("website", String.class),
    EMAIL("email", String.class),
    PHONE("phone", String.class);

    private final String property;
    private final Class<?> type;

    StructureField(String property, Class<?> type) {
        this.property = property;
        this.type = type;
    }

    /** The document property: known to this module only, so the file format and the store can differ. */
    String property() {
        return property;
    }

    Class<?> type() {
        return type;
    }
}
