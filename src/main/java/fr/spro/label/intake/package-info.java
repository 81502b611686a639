/**
 * Data intake: CSV and JSON imports of the member directory, activity reports and
 * self-assessments, validated row by row, with a rejection report per file and per inbox.
 */
package fr.spro.label.intake;
