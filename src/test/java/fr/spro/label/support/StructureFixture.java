package fr.spro.label.support;

import java.time.LocalDate;
import java.util.List;

import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Public;
import fr.spro.label.structure.Territory;

/** Member structures for tests. */
public final class StructureFixture {

    private StructureFixture() {
    }

    public static MemberStructure member(String id, String name, String postalCode, String city, Territory territory, Network network) {
        return structure(id, name, postalCode, city, territory, network, Membership.MEMBER);
    }

    public static MemberStructure structure(String id, String name, String postalCode, String city, Territory territory,
                                            Network network, Membership membership) {
        return new MemberStructure(id, name, network, membership, territory, null, "1 place de la République", postalCode,
                city, List.of(Public.ADULTS), LocalDate.of(2023, 3, 15), null, null, null);
    }
}
