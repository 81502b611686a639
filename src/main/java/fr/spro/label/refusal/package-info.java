/**
 * One kind of refusal for every module: a domain operation that cannot be done throws a
 * {@link fr.spro.label.refusal.Refusal} carrying a code of its module's enumeration, whose
 * {@link fr.spro.label.refusal.RefusalCode.Kind} alone decides the HTTP status, in one place
 * (the web module's error handler). No caller compares code strings.
 */
package fr.spro.label.refusal;
