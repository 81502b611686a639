/**
 * The documents: audit file per structure and campaign (PDF stored in GridFS, with its HTML twin),
 * label certificate, CREFOP regional report (PDF and CSV), rendered with JasperReports from the
 * templates of {@code reports/}.
 */
package fr.spro.label.reporting;
