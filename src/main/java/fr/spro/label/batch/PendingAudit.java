package fr.spro.label.batch;

/** An evaluation whose audit file must be (re)generated. */
record PendingAudit(String evaluationId, String structureId, String campaign) {
}
