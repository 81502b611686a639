package fr.spro.label.structure;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One structure as an import file gives it: its id and the fields the file has columns for. A
 * field the file does not give is not in the map, and keeps its stored value.
 */
public record ImportedStructure(String id, Map<StructureField, Object> fields) {

    public ImportedStructure {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A structure without an id cannot be imported");
        }
        EnumMap<StructureField, Object> given = new EnumMap<>(StructureField.class);
        // Not Map.copyOf: a field given empty is a null value, which clears the stored one.
        given.putAll(fields);
        given.forEach((field, value) -> {
            if (value != null && !field.type().isInstance(value)) {
                throw new IllegalArgumentException(field + " expects a " + field.type().getSimpleName() + ", not " + value.getClass().getSimpleName());
            }
        });
        fields = Collections.unmodifiableMap(given);
    }
}
