package fr.spro.label.support;

import java.time.LocalDate;
import java.util.List;

import fr.spro.label.assessment.Campaigns;
import fr.spro.label.registry.Registry;
import fr.spro.label.review.Decisions;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Structures;
import fr.spro.label.structure.Territory;

/**
 * A registry with every public status, built the way the application builds it: structures in
 * the directory, confirmed decisions through {@link Decisions} on opened campaigns, then
 * {@link Registry#refresh}.
 * Dates are relative to the day given, so the statuses hold whatever the date the tests run.
 */
public final class RegistryFixture {

    /** Labelled, in Dijon. */
    public static final String LABELLED = "ML-DIJON";
    /** Labelled under conditions, in Chenôve (an accent to search without). */
    public static final String UNDER_CONDITIONS = "CIO-CHENOVE";
    /** Labelled two years ago, suspended since. */
    public static final String SUSPENDED = "FT-BESANCON";
    /** Labelled more than three years ago, never renewed. */
    public static final String EXPIRED = "CE-NEVERS";
    /** Refused: never in the registry. */
    public static final String REFUSED = "IJ-SENS";
    /** A resource partner: never in the registry, whatever its decisions. */
    public static final String RESOURCE_PARTNER = "CCI-DIJON";
    /** The structures the registry lists. */
    public static final List<String> LISTED = List.of(LABELLED, UNDER_CONDITIONS, SUSPENDED, EXPIRED);

    private RegistryFixture() {
    }

    /** Idempotent: filling twice gives the same registry. */
    public static void fill(Structures structures, Campaigns campaigns, Decisions decisions, Registry registry, LocalDate today) {
        CampaignFixture.open(campaigns, 2021, 2023, 2024);
        structures.saveAll(List.of(
                StructureFixture.member(LABELLED, "Mission locale de Dijon", "21000", "Dijon", Territory.DIJON_BEAUNE, Network.MISSION_LOCALE),
                StructureFixture.structure(UNDER_CONDITIONS, "Centre d'information et d'orientation de Chenôve", "21300", "Chenôve",
                        Territory.DIJON_BEAUNE, Network.CIO, Membership.ASSOCIATED),
                StructureFixture.member(SUSPENDED, "France Travail – agence de Besançon", "25000", "Besançon",
                        Territory.BESANCON_MORTEAU_PONTARLIER, Network.FRANCE_TRAVAIL),
                StructureFixture.member(EXPIRED, "Cap emploi de la Nièvre", "58000", "Nevers", Territory.NIEVRE, Network.CAP_EMPLOI),
                StructureFixture.member(REFUSED, "Point Information Jeunesse de Sens", "89100", "Sens", Territory.YONNE,
                        Network.INFORMATION_JEUNESSE),
                StructureFixture.structure(RESOURCE_PARTNER, "CCI Côte-d'Or", "21000", "Dijon", Territory.DIJON_BEAUNE,
                        Network.CCI, Membership.RESOURCE_PARTNER)));
        decisions.saveAll(List.of(
                DecisionFixture.labelled(LABELLED, "2024", today.minusDays(100)),
                DecisionFixture.labelledUnderConditions(UNDER_CONDITIONS, "2024", today.minusDays(30)),
                DecisionFixture.labelled(SUSPENDED, "2023", today.minusYears(2)),
                DecisionFixture.suspended(SUSPENDED, "2024", today.minusDays(20)),
                DecisionFixture.labelled(EXPIRED, "2021", today.minusYears(DecisionFixture.VALIDITY_YEARS).minusDays(60)),
                DecisionFixture.refused(REFUSED, "2024", today.minusDays(10)),
                DecisionFixture.labelled(RESOURCE_PARTNER, "2024", today.minusDays(10))));
        for (String id : List.of(LABELLED, UNDER_CONDITIONS, SUSPENDED, EXPIRED, REFUSED, RESOURCE_PARTNER)) {
            registry.refresh(id);
        }
    }
}
