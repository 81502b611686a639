package fr.spro.label.intake;

import static fr.spro.label.intake.schema.Checks.email;
import static fr.spro.label.intake.schema.Checks.matches;
import static fr.spro.label.intake.schema.Checks.maxLength;
import static fr.spro.label.intake.schema.Checks.siretChecksum;
import static fr.spro.label.intake.schema.Checks.webAddress;
import static fr.spro.label.intake.schema.Column.list;
import static fr.spro.label.intake.schema.Column.optional;
import static fr.spro.label.intake.schema.Column.required;
import static fr.spro.label.intake.schema.FieldTypes.date;
import static fr.spro.label.intake.schema.FieldTypes.oneOf;
import static fr.spro.label.intake.schema.FieldTypes.siret;
import static fr.spro.label.intake.schema.FieldTypes.text;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import fr.spro.label.intake.schema.Column;
import fr.spro.label.intake.schema.Row;
import fr.spro.label.intake.schema.Schema;
import fr.spro.label.structure.DirectoryImport;
import fr.spro.label.structure.ImportedStructure;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Public;
import fr.spro.label.structure.StructureField;
import fr.spro.label.structure.Territory;
import org.springframework.stereotype.Component;

/** The member directory ({@code structures}): imported by structure id, through the directory's own import. */
@Component
class StructureImporter implements KindImporter<StructureImporter.Upsert> {

    /** Structure ids: also used to check the ids named by activity and answer rows. */
    static final Pattern STRUCTURE_ID = Pattern.compile("[A-Z0-9-]{2,40}");

    static final Column<String> ID = required("id", text(), matches(STRUCTURE_ID, RejectionCode.INVALID_ID));
    static final Column<String> NAME = required("name", text(), maxLength(200));
    static final Column<Network> NETWORK = required("network", oneOf(Network.class, RejectionCode.UNKNOWN_NETWORK));
    static final Column<Membership> MEMBERSHIP = required("membership", oneOf(Membership.class, RejectionCode.UNKNOWN_MEMBERSHIP));
    static final Column<Territory> TERRITORY = required("territory", oneOf(Territory.class, RejectionCode.UNKNOWN_TERRITORY));
    static final Column<String> SIRET = optional("siret", siret(), siretChecksum());
    static final Column<String> ADDRESS = optional("address", text(), maxLength(300));
    static final Column<String> POSTAL_CODE = optional("postal_code", text(), matches(Pattern.compile("\\d{5}"), RejectionCode.POSTAL_CODE_FORMAT));
    static final Column<String> CITY = optional("city", text(), maxLength(100));
    static final Column<List<Public>> PUBLICS = list("publics", oneOf(Public.class, RejectionCode.UNKNOWN_PUBLIC));
    static final Column<java.time.LocalDate> CHARTER_SIGNED_ON = optional("charter_signed_on", date());
    static final Column<String> WEBSITE = optional("website", text(), maxLength(300), webAddress());
    static final Column<String> EMAIL = optional("email", text(), maxLength(254), email());
    static final Column<String> PHONE = optional("phone", text(), maxLength(30));

    static final Schema SCHEMA = new Schema(
            List.of(ID, NAME, NETWORK, MEMBERSHIP, TERRITORY, SIRET, ADDRESS, POSTAL_CODE, CITY, PUBLICS,
                    CHARTER_SIGNED_ON, WEBSITE, EMAIL, PHONE),
            List.of(ID), List.of());

    /** File column to directory field, for the columns the file has. */
    private static final List<Map.Entry<Column<?>, StructureField>> FIELDS = List.of(
            Map.entry(NAME, StructureField.NAME), Map.entry(NETWORK, StructureField.NETWORK),
            Map.entry(MEMBERSHIP, StructureField.MEMBERSHIP), Map.entry(TERRITORY, StructureField.TERRITORY),
            Map.entry(SIRET, StructureField.SIRET), Map.entry(ADDRESS, StructureField.ADDRESS),
            Map.entry(POSTAL_CODE, StructureField.POSTAL_CODE), Map.entry(CITY, StructureField.CITY),
            Map.entry(PUBLICS, StructureField.PUBLICS), Map.entry(CHARTER_SIGNED_ON, StructureField.CHARTER_SIGNED_ON),
            Map.entry(WEBSITE, StructureField.WEBSITE), Map.entry(EMAIL, StructureField.EMAIL),
            Map.entry(PHONE, StructureField.PHONE));

    private final DirectoryImport directory;

    StructureImporter(DirectoryImport directory) {
        this.directory = directory;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.STRUCTURES;
    }

    @Override
    public Schema schema() {
        return SCHEMA;
    }

    @Override
    public Resolution<Upsert> resolve(List<Row> rows, EvidenceSource evidence) {
        return new Resolution<>(rows.stream().map(row -> new Accepted<>(row.line(), upsert(row))).toList(), List.of());
    }

    private static Upsert upsert(Row row) {
        Map<StructureField, Object> fields = new EnumMap<>(StructureField.class);
        for (Map.Entry<Column<?>, StructureField> field : FIELDS) {
            if (row.has(field.getKey())) {
                fields.put(field.getValue(), row.get(field.getKey()));
            }
        }
        return new Upsert(new ImportedStructure(row.get(ID), fields));
    }

    /** The directory keeps the fields the file does not give, and tells the registry what changed. */
    @Override
    public void write(List<Accepted<Upsert>> chunk, WriteContext context) {
        directory.importStructures(chunk.stream().map(row -> row.write().structure()).toList(), context.run());
    }

    /** One structure with the fields the file gives. */
    record Upsert(ImportedStructure structure) {
    }
}
