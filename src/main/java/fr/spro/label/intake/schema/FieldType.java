package fr.spro.label.intake.schema;

/** How the text of a non-empty cell becomes a value. */
@FunctionalInterface
public interface FieldType<T> {

    T parse(String text) throws Invalid;
}
