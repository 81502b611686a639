package fr.spro.label.intake.schema;

import java.util.Optional;

/** A rule across the columns of one row (e.g. attended at most held). */
@FunctionalInterface
public interface RowCheck {

    /** The problem, naming its column, or empty; only called on rows whose cells are all valid. */
    Optional<Problem> check(Row row);
}
