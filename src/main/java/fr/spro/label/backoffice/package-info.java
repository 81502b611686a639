/**
 * The officers' back office ({@code /back-office/**}): campaign dashboard and transitions, imports,
 * the evaluation job and its progress, the review queue and decisions, overdue action plans.
 * Types are package-private; the few methods templates call are public, because Spring's
 * expression language only sees public methods.
 */
package fr.spro.label.backoffice;
