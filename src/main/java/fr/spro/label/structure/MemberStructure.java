package fr.spro.label.structure;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A structure of the member directory, with the fields of the {@code structures} import
 * format. Its id is the natural key chosen by the Region (e.g. {@code ML-DIJON}).
 */
@Document("structures")
public record MemberStructure(
        @Id String id,
        String name,
        @Indexed Network network,
        @Indexed Membership membership,
        @Indexed Territory territory,
        String siret,
        String address,
        String postalCode,
        String city,
        List<Public> publics,
        LocalDate charterSignedOn,
        String website,
        String email,
        String phone) {

    public MemberStructure {
        publics = publics == null ? List.of() : List.copyOf(publics);
    }

    /**
     * Whether the structure takes part in evaluations: a member or associated member placed in a
     * territory. Resource partners are never evaluated, and a structure without a territory has no
     * territory to be evaluated in (the campaign job runs territory by territory).
     * {@link Directory#evaluatedPage} selects the same structures in the store.
     */
    public boolean isEvaluated() {
        return membership != null && membership.isEvaluated() && territory != null;
    }

    public boolean receives(Public aPublic) {
        return publics.contains(aPublic);
    }
}
