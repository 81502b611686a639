package fr.spro.label.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import fr.spro.label.support.IntegrationTest;
import fr.spro.label.support.StructureFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The directory's bounded reads: pages of the evaluated structures, a set of codes, existence and count. */
@IntegrationTest
class DirectoryPagesTests {

    @Autowired Directory directory;
    @Autowired Structures structures;

    @BeforeEach
    void fiveStructuresOneOfThemAResourcePartner() {
        structures.deleteAll();
        structures.saveAll(List.of(structure("ML-E", Membership.MEMBER), structure("ML-A", Membership.MEMBER),
                structure("ML-C", Membership.ASSOCIATED), structure("RP-B", Membership.RESOURCE_PARTNER),
                structure("ML-D", Membership.MEMBER)));
    }

    private static MemberStructure structure(String id, Membership membership) {
        return StructureFixture.structure(id, "Structure " + id, "21000", "Dijon", Territory.DIJON_BEAUNE, Network.MISSION_LOCALE,
                membership);
    }

    private List<List<String>> pages(int pageSize) {
        List<List<String>> pages = new ArrayList<>();
        directory.forEachEvaluatedPage(pageSize, page -> pages.add(page.stream().map(MemberStructure::id).toList()));
        return pages;
    }

    @Test
    void handsTheEvaluatedStructuresOverInCodeOrderAPageAtATimeLeavingResourcePartnersOut() {
        assertThat(pages(3)).containsExactly(List.of("ML-A", "ML-C", "ML-D"), List.of("ML-E"));
    }

    @Test
    void stopsAfterAFullLastPage() {
        assertThat(pages(2)).containsExactly(List.of("ML-A", "ML-C"), List.of("ML-D", "ML-E"));
        assertThat(pages(4)).containsExactly(List.of("ML-A", "ML-C", "ML-D", "ML-E"));
    }

    @Test
    void readsTheStructuresOfSomeCodesThoseItHolds() {
        assertThat(directory.findAll(List.of("ML-A", "RP-B", "ML-UNKNOWN")).stream().map(MemberStructure::id))
                .containsExactlyInAnyOrder("ML-A", "RP-B");
        assertThat(directory.findAll(List.of())).isEmpty();
    }

    @Test
    void knowsWhichCodesItHoldsAndHowMany() {
        assertThat(directory.exists("RP-B")).isTrue();
        assertThat(directory.exists("ML-UNKNOWN")).isFalse();
        assertThat(directory.count()).isEqualTo(5);
    }
}
