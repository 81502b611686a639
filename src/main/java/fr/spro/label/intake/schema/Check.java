package fr.spro.label.intake.schema;

/** A rule a parsed value must obey. */
@FunctionalInterface
public interface Check<T> {

    void verify(T value) throws Invalid;
}
