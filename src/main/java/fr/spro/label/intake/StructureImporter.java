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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import fr.spro.label.intake.schema.Column;
import fr.spro.label.intake.schema.Row;
import fr.spro.label.intake.schema.Schema;
import fr.spro.label.structure.DirectoryChanged;
import fr.spro.label.structure.MemberStructure;
import fr.spro.label.structure.Membership;
import fr.spro.label.structure.Network;
import fr.spro.label.structure.Public;
import fr.spro.label.structure.Territory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The member directory ({@code structures}): upserted by structure id. */
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

    /** File column to document property, for the columns the file has. */
    private static final List<Map.Entry<Column<?>, String>> PROPERTIES = List.of(
            Map.entry(NAME, "name"), Map.entry(NETWORK, "network"), Map.entry(MEMBERSHIP, "membership"),
            Map.entry(TERRITORY, "territory"), Map.entry(SIRET, "siret"), Map.entry(ADDRESS, "address"),
            Map.entry(POSTAL_CODE, "postalCode"), Map.entry(CITY, "city"), Map.entry(PUBLICS, "publics"),
            Map.entry(CHARTER_SIGNED_ON, "charterSignedOn"), Map.entry(WEBSITE, "website"),
            Map.entry(EMAIL, "email"), Map.entry(PHONE, "phone"));

    private final DocumentWriter writer;
    private final String collection;
    private final ApplicationEventPublisher events;

    StructureImporter(DocumentWriter writer, MongoTemplate mongo, ApplicationEventPublisher events) {
        this.writer = writer;
        this.collection = mongo.getCollectionName(MemberStructure.class);
        this.events = events;
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
        DocumentWriter.StoredValues values = writer.storedValues();
        return new Resolution<>(rows.stream().map(row -> new Accepted<>(row.line(), upsert(row, values))).toList(), List.of());
    }

    private static Upsert upsert(Row row, DocumentWriter.StoredValues values) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Map.Entry<Column<?>, String> property : PROPERTIES) {
            Column<?> column = property.getKey();
            if (row.has(column)) {
                Object value = row.get(column);
                fields.put(property.getValue(), values.of(value == null && column == PUBLICS ? List.of() : value));
            }
        }
        return new Upsert(row.get(ID), fields);
    }

    @Override
    public void write(List<Accepted<Upsert>> chunk, WriteContext context) {
        Map<String, Map<String, Object>> writes = new LinkedHashMap<>();
        chunk.forEach(row -> writes.put(row.write().id(), row.write().fields()));
        writer.write(collection, writes, DocumentWriter.Completion.NOTHING, context);
        // Bulk writes raise no store event: the registry is told here, so a renamed structure shows at once.
        events.publishEvent(new DirectoryChanged(List.copyOf(writes.keySet())));
    }

    /** The fields of one structure the file gives, as stored, to set on its document. */
    record Upsert(String id, Map<String, Object> fields) {
    }
}
