package fr.spro.label.intake;

import java.util.ArrayList;
import java.util.List;

import fr.spro.label.intake.KindImporter.Rejected;
import fr.spro.label.intake.schema.Problem;
import fr.spro.label.intake.schema.Row;

/**
 * Whose rows one import may hold: anyone's (an officer's import, an inbox), or only one
 * structure's rows for one campaign (a structure uploading its own file from its space). A row
 * outside the scope is rejected like any other bad row ({@code OTHER_STRUCTURE},
 * {@code OTHER_CAMPAIGN}); the others are imported.
 *
 * @param structureId the only structure rows may name, or {@code null} for any
 * @param campaign    the only campaign rows may name, or {@code null} for any
 */
public record ImportScope(String structureId, String campaign) {

    /** No restriction. */
    public static final ImportScope ANY = new ImportScope(null, null);

    static final String STRUCTURE_COLUMN = "structure_id";
    static final String CAMPAIGN_COLUMN = "campaign";

    /** Only the rows of that structure for that campaign. */
    public static ImportScope ownRows(String structureId, String campaign) {
        if (structureId == null || campaign == null) {
            throw new IllegalArgumentException("A structure's own import names its structure and campaign");
        }
        return new ImportScope(structureId, campaign);
    }

    boolean restricts() {
        return structureId != null || campaign != null;
    }

    /** Structures are the Region's directory: no structure imports them for itself. */
    void checkKind(ImportKind kind) {
        if (restricts() && kind == ImportKind.STRUCTURES) {
            throw new IllegalArgumentException("The member directory is imported by the Region only");
        }
    }

    /** The rows inside the scope; each other row is added to {@code rejected} with its reason. */
    List<Row> keep(List<Row> rows, List<Rejected> rejected) {
        if (!restricts()) {
            return rows;
        }
        List<Row> kept = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Object structure = row.values().get(STRUCTURE_COLUMN);
            Object rowCampaign = row.values().get(CAMPAIGN_COLUMN);
            if (structureId != null && !structureId.equals(structure)) {
                rejected.add(new Rejected(row.line(), Problem.of(RejectionCode.OTHER_STRUCTURE, STRUCTURE_COLUMN, String.valueOf(structure))
                        .with("expected", structureId)));
            } else if (campaign != null && !campaign.equals(rowCampaign)) {
                rejected.add(new Rejected(row.line(), Problem.of(RejectionCode.OTHER_CAMPAIGN, CAMPAIGN_COLUMN, String.valueOf(rowCampaign))
                        .with("expected", campaign)));
            } else {
                kept.add(row);
            }
        }
        return kept;
    }
}
