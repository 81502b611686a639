/**
 * The import formats as data: each column declares its type and the rules its values obey, each
 * row rule its columns; validation reads these declarations instead of branching by hand.
 */
package fr.spro.label.intake.schema;
