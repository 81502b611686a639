/**
 * The campaign evaluation job (Spring Batch): import, evaluate, audit files, CREFOP report and
 * registry refresh, restartable after a crash, with progress for the back office.
 */
package fr.spro.label.batch;
