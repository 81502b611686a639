package fr.spro.label.registry;

import static fr.spro.label.support.RegistryFixture.EXPIRED;
import static fr.spro.label.support.RegistryFixture.LABELLED;
import static fr.spro.label.support.RegistryFixture.REFUSED;
import static fr.spro.label.support.RegistryFixture.RESOURCE_PARTNER;
import static fr.spro.label.support.RegistryFixture.SUSPENDED;
import static fr.spro.label.support.RegistryFixture.UNDER_CONDITIONS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.spro.label.assessment.Campaigns;
import fr.spro.label.evaluation.PriorLabel;
import fr.spro.label.referential.LabelDecision;
import fr.spro.label.review.Decision;
import fr.spro.label.review.Decisions;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Structures;
import fr.spro.label.structure.Territory;
import fr.spro.label.support.CampaignFixture;
import fr.spro.label.support.DecisionFixture;
import fr.spro.label.support.IntegrationTest;
import fr.spro.label.support.RegistryFixture;
import fr.spro.label.support.StructureFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.TestPropertySource;

@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.application.name=registry-tests")
class RegistryTests {

    @Autowired Registry registry;
    @Autowired LabelTimelines labelTimelines;
    @Autowired RegistrySnapshot snapshot;
    @Autowired Structures structures;
    @Autowired Campaigns campaigns;
    @Autowired Decisions decisions;
    @Autowired MongoTemplate mongo;
    @Autowired Clock clock;

    LocalDate today;

    @BeforeEach
    void fill() {
        today = LocalDate.now(clock);
        RegistryFixture.fill(structures, campaigns, decisions, registry, today);
    }

    RegistryPage search(String q, String territory, String status) {
        return registry.search(RegistryQuery.parse(q, territory, null, status, null, null, "100"));
    }

    @Test
    void listsEveryStructureEverGrantedTheLabelWithItsStatusOfToday() {
        RegistryPage fixtureTerritories = registry.search(RegistryQuery.parse(null, null, null, null, null, null, "100"));
        assertThat(fixtureTerritories.entries()).extracting(RegistryEntry::structureId)
                .contains(LABELLED, UNDER_CONDITIONS, SUSPENDED, EXPIRED).doesNotContain(REFUSED, RESOURCE_PARTNER);
        assertThat(registry.find(LABELLED)).hasValueSatisfying(e -> assertThat(e.status()).isEqualTo(RegistryStatus.LABELLISE));
        assertThat(registry.find(UNDER_CONDITIONS)).hasValueSatisfying(e -> assertThat(e.status()).isEqualTo(RegistryStatus.LABELLISE_SOUS_CONDITIONS));
        assertThat(registry.find(SUSPENDED)).hasValueSatisfying(e -> {
            assertThat(e.status()).isEqualTo(RegistryStatus.SUSPENDU);
            assertThat(e.decidedOn()).isEqualTo(today.minusDays(20));
            assertThat(e.validUntil()).isEqualTo(today.minusYears(2).plusYears(3));
            assertThat(e.campaign()).isEqualTo("2024");
        });
        assertThat(registry.find(EXPIRED)).hasValueSatisfying(e -> assertThat(e.status()).isEqualTo(RegistryStatus.EXPIRE));
    }

    @Test
    void neverListsARefusedStructureNorAResourcePartner() {
        assertThat(registry.find(REFUSED)).isEmpty();
        assertThat(registry.find(RESOURCE_PARTNER)).isEmpty();
    }

    @Test
    void keepsOnlyPublicFieldsAndTheHistory() {
        RegistryEntry entry = registry.find(SUSPENDED).orElseThrow();
        assertThat(entry.name()).isEqualTo("France Travail – agence de Besançon");
        assertThat(entry.city()).isEqualTo("Besançon");
        assertThat(entry.territory()).isEqualTo(Territory.BESANCON_MORTEAU_PONTARLIER);
        assertThat(entry.history()).extracting(StatusChange::status).containsExactly(RegistryStatus.LABELLISE, RegistryStatus.SUSPENDU);
        org.bson.Document stored = mongo.getCollection("registry").find(new org.bson.Document("_id", SUSPENDED)).first();
        assertThat(stored).doesNotContainKeys("siret", "email", "phone", "proposal", "justification", "decidedBy");
    }

    @Test
    void findsNamesAndTownsWithoutAccentsOrCapitals() {
        assertThat(search("chenove", null, null).entries()).extracting(RegistryEntry::structureId).containsExactly(UNDER_CONDITIONS);
        assertThat(search("BESANÇON", null, null).entries()).extracting(RegistryEntry::structureId).containsExactly(SUSPENDED);
        assertThat(search("mission dij", null, null).entries()).extracting(RegistryEntry::structureId).containsExactly(LABELLED);
        assertThat(search("58000", null, null).entries()).extracting(RegistryEntry::structureId).containsExactly(EXPIRED);
        assertThat(search("ijon", null, null).total()).as("words match from their start").isZero();
    }

    @Test
    void filtersByTerritoryNetworkAndStatus() {
        assertThat(search(null, "DIJON_BEAUNE", null).entries()).extracting(RegistryEntry::structureId)
                .containsExactly(UNDER_CONDITIONS, LABELLED);
        assertThat(registry.search(RegistryQuery.parse(null, null, "CAP_EMPLOI", null, null, null, null)).entries())
                .extracting(RegistryEntry::structureId).containsExactly(EXPIRED);
        assertThat(search(null, null, "SUSPENDU").entries()).extracting(RegistryEntry::structureId).containsExactly(SUSPENDED);
        assertThat(search(null, null, "EXPIRE").entries()).extracting(RegistryEntry::structureId).contains(EXPIRED)
                .doesNotContain(LABELLED, SUSPENDED);
    }

    @Test
    void sortsAndPages() {
        RegistryPage first = registry.search(RegistryQuery.parse(null, "DIJON_BEAUNE", null, null, "name", "1", "1"));
        RegistryPage second = registry.search(RegistryQuery.parse(null, "DIJON_BEAUNE", null, null, "name", "2", "1"));
        assertThat(first.total()).isEqualTo(2);
        assertThat(first.totalPages()).isEqualTo(2);
        assertThat(first.entries()).extracting(RegistryEntry::structureId).containsExactly(UNDER_CONDITIONS);
        assertThat(second.entries()).extracting(RegistryEntry::structureId).containsExactly(LABELLED);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.hasNext()).isFalse();
        RegistryPage byDecision = registry.search(RegistryQuery.parse(null, null, null, null, "decidedOn", null, "100"));
        assertThat(byDecision.entries()).extracting(RegistryEntry::structureId)
                .containsSubsequence(SUSPENDED, UNDER_CONDITIONS, LABELLED, EXPIRED);
    }

    @Test
    void showsALabelAsExpiredOnceItsValidityHasPassedEvenBeforeTheNextRefresh() {
        String id = "ML-SENS";
        structures.save(StructureFixture.member(id, "Mission locale du Sénonais", "89100", "Sens", Territory.YONNE, Network.MISSION_LOCALE));
        decisions.save(DecisionFixture.labelled(id, "2024", today.minusDays(5)));
        // The validity passes while nothing refreshes the entry.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update("validUntil", today.minusDays(1)), RegistryEntry.class);
        snapshot.changed(); // a direct update publishes no event: tell the searches, as a refresh would
        assertThat(registry.find(id)).hasValueSatisfying(e -> {
            assertThat(e.status()).isEqualTo(RegistryStatus.EXPIRE);
            assertThat(e.history()).last().extracting(StatusChange::status).isEqualTo(RegistryStatus.EXPIRE);
        });
        assertThat(search(null, "YONNE", "EXPIRE").entries()).extracting(RegistryEntry::structureId).contains(id);
        assertThat(search(null, "YONNE", "LABELLISE").entries()).extracting(RegistryEntry::structureId).doesNotContain(id);
    }

    @Test
    void refreshAllStoresExpiredLabelsAsExpired() {
        String id = "MIFE-AUXERRE";
        structures.save(StructureFixture.member(id, "MIFE de l'Yonne", "89000", "Auxerre", Territory.YONNE, Network.MIFE));
        decisions.save(DecisionFixture.decision(id, "2021", LabelDecision.LABELLISE, today.minusYears(4), today.minusYears(1)));
        // An entry written while the label was valid, never refreshed since.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update("status", RegistryStatus.LABELLISE), RegistryEntry.class);

        assertThat(registry.refreshAll()).isGreaterThanOrEqualTo(RegistryFixture.LISTED.size() + 1);

        assertThat(mongo.findById(id, RegistryEntry.class).status()).isEqualTo(RegistryStatus.EXPIRE);
    }

    @Test
    void aSavedDecisionRefreshesItsStructureWithoutAnyCall() {
        String id = "IJ-AUXERRE";
        structures.save(StructureFixture.member(id, "Information Jeunesse d'Auxerre", "89000", "Auxerre", Territory.YONNE,
                Network.INFORMATION_JEUNESSE));
        assertThat(registry.find(id)).isEmpty();
        CampaignFixture.open(campaigns, 2025);

        decisions.save(DecisionFixture.labelledUnderConditions(id, "2025", today.minusDays(1)));
        assertThat(registry.find(id)).hasValueSatisfying(e -> assertThat(e.status()).isEqualTo(RegistryStatus.LABELLISE_SOUS_CONDITIONS));

        decisions.deleteById(Decision.idOf(id, "2025"));
        assertThat(registry.find(id)).as("a reopened decision leaves the registry").isEmpty();
    }

    @Test
    void aDirectoryChangeReachesTheRegistry() {
        String id = "CIO-JOIGNY";
        structures.save(StructureFixture.member(id, "CIO de Joigny", "89300", "Joigny", Territory.YONNE, Network.CIO));
        decisions.save(DecisionFixture.labelled(id, "2024", today.minusDays(3)));
        structures.save(StructureFixture.member(id, "Centre d'information et d'orientation de Joigny", "89300", "Joigny",
                Territory.YONNE, Network.CIO));
        assertThat(registry.find(id)).hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("Centre d'information et d'orientation de Joigny"));
    }

    @Test
    void labelStatesTellTheRuleEngineWhetherAStructureWasLabelledOnADay() {
        PriorLabel suspended = labelTimelines.priorLabelOn(SUSPENDED, today);
        assertThat(suspended.lastDecision()).isEqualTo(LabelDecision.SUSPENDU);
        assertThat(suspended.labelledOn(today)).isFalse();
        PriorLabel beforeSuspension = labelTimelines.priorLabelOn(SUSPENDED, today.minusDays(21));
        assertThat(beforeSuspension.lastDecision()).isEqualTo(LabelDecision.LABELLISE);
        assertThat(beforeSuspension.labelledOn(today.minusDays(21))).isTrue();
        assertThat(labelTimelines.priorLabelOn(LABELLED, today).labelledOn(today)).isTrue();
        assertThat(labelTimelines.priorLabelOn(EXPIRED, today).labelledOn(today)).isFalse();
        assertThat(labelTimelines.priorLabelOn(REFUSED, today)).isEqualTo(PriorLabel.NONE);
        assertThat(labelTimelines.priorLabelOn("UNKNOWN", today)).isEqualTo(PriorLabel.NONE);
    }

    /** The searches sort in memory: in the order a MongoDB sort on the stored fields gives. */
    @ParameterizedTest
    @EnumSource(RegistrySort.class)
    void everyOrderListsTheEntriesAsTheDatabaseSortsThem(RegistrySort order) {
        structures.save(StructureFixture.member("CIO-AUXERRE", "CIO d'Auxerre", "89000", "Auxerre", Territory.YONNE, Network.CIO));
        decisions.save(DecisionFixture.labelled("CIO-AUXERRE", "2024", today.minusDays(5)));
        Sort database = switch (order) {
            case NAME -> Sort.by("sortName", "_id");
            case CITY -> Sort.by("sortCity", "sortName", "_id");
            case DECIDED_ON -> Sort.by(Sort.Order.desc("decidedOn"), Sort.Order.asc("sortName"), Sort.Order.asc("_id"));
            case VALID_UNTIL -> Sort.by("validUntil", "sortName", "_id");
        };
        List<String> expected = mongo.find(new Query().with(database), RegistryEntry.class).stream()
                .map(RegistryEntry::structureId).toList();
        assertThat(expected).hasSizeGreaterThan(4);
        assertThat(registry.search(new RegistryQuery(null, null, null, null, order, 1, RegistryQuery.MAX_SIZE)).entries())
                .extracting(RegistryEntry::structureId).containsExactlyElementsOf(expected);
    }

    @Test
    void aPageOfStructuresGetsTheSameLabelStatesAsOneAtATime() {
        List<String> page = List.of(SUSPENDED, LABELLED, EXPIRED, REFUSED, "UNKNOWN");
        Map<String, PriorLabel> states = labelTimelines.priorLabelsOn(page, today.minusDays(21));
        assertThat(states).containsOnlyKeys(page);
        page.forEach(id -> assertThat(states.get(id)).as(id).isEqualTo(labelTimelines.priorLabelOn(id, today.minusDays(21))));
        assertThat(states.get(SUSPENDED).lastDecision()).isEqualTo(LabelDecision.LABELLISE);
        assertThat(states.get("UNKNOWN")).isEqualTo(PriorLabel.NONE);
    }

    @Test
    void theVerificationUrlIsThePublicAddressOfTheStructurePage() {
        assertThat(registry.verificationUrl(LABELLED)).isEqualTo("http://localhost:8080/registre/ML-DIJON");
    }

    @Test
    void refreshingAgainWritesNothingWhenNothingChanged() {
        RegistryEntry once = registry.refresh(LABELLED).orElseThrow();
        Object version = registryVersion();
        RegistryEntry twice = registry.refresh(LABELLED).orElseThrow();
        assertThat(twice).isEqualTo(once);
        assertThat(registryVersion()).as("the searches' copy is still current").isEqualTo(version);

        structures.save(StructureFixture.member(LABELLED, "Mission locale de Dijon et environs", "21000", "Dijon",
                Territory.DIJON_BEAUNE, Network.MISSION_LOCALE));
        assertThat(registry.find(LABELLED)).hasValueSatisfying(e -> {
            assertThat(e.name()).isEqualTo("Mission locale de Dijon et environs");
            assertThat(e.refreshedAt()).isAfterOrEqualTo(once.refreshedAt());
        });
        assertThat(registryVersion()).isNotEqualTo(version);
    }

    Object registryVersion() {
        return mongo.getCollection(RegistrySnapshot.VERSION_COLLECTION).find().first().get("version");
    }
}
