/**
 * The audit trail: who did what, when, from where, with the state before and after (imports,
 * decisions, overrides, reopenings, rule activations, sign-ins).
 */
package fr.spro.label.journal;
