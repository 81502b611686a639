/**
 * The officers' governance pages of the back office: the rule set in force and its files, drafts
 * uploaded, checked and tried on a past campaign ("what-if") before being activated or discarded,
 * and the audit trail of every import, decision, reopening, rule activation and sign-in.
 */
package fr.spro.label.rulesets;
