/**
 * The CREFOP's read-only space: a regional dashboard per campaign with the indicators of the
 * CREFOP report (computed by the reporting module, never here), charts by territory, by network,
 * by decision and year over year with their tables, and the report as PDF and CSV.
 */
package fr.spro.label.crefopspace;
