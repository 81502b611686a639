package fr.spro.label.structure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.spro.label.store.DocumentWriter;
import fr.spro.label.store.WriteRun;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The directory's import operation: the only writer of the structures in bulk. Structures are
 * keyed by id; what a file does not give is kept.
 */
@Component
public class DirectoryImport {

    private final DocumentWriter writer;
    private final String collection;
    private final ApplicationEventPublisher events;

    DirectoryImport(DocumentWriter writer, MongoTemplate mongo, ApplicationEventPublisher events) {
        this.writer = writer;
        this.collection = mongo.getCollectionName(MemberStructure.class);
        this.events = events;
    }

    /**
     * Imports these structures: a new id is created with the fields given; a known one gets the
     * given fields that differ from what is stored, keeping every field not given; one already equal
     * is not written. Each structure's write is atomic, the list as a whole is not. Then
     * {@link DirectoryChanged} names them all, since bulk writes raise no store event: the registry
     * refreshes them, so a renamed structure shows at once.
     *
     * @param structures distinct ids, a chunk of an import file
     * @param run        the file's run, shared by its chunks
     * @return how many structures were created or changed
     */
    public int importStructures(List<ImportedStructure> structures, WriteRun run) {
        DocumentWriter.StoredValues values = writer.storedValues();
        Map<String, Map<String, Object>> writes = new LinkedHashMap<>();
        for (ImportedStructure structure : structures) {
            Map<String, Object> fields = new LinkedHashMap<>();
            structure.fields().forEach((field, value) ->
                    fields.put(field.property(), values.of(value == null && field == StructureField.PUBLICS ? List.of() : value)));
            writes.put(structure.id(), fields);
        }
        int written = writer.write(collection, writes, DocumentWriter.Completion.NOTHING, run);
        events.publishEvent(new DirectoryChanged(List.copyOf(writes.keySet())));
        return written;
    }
}
