/**
 * The officers' governance pages of the back office: the rule set in force and its files, its
 * parameters (thresholds, defaults, periods) changed on a page of their own, drafts — prepared from
 * changed parameters, or uploaded as rule files by an administrator — checked and tried on a past
 * campaign ("what-if") before being activated or discarded, and the audit trail of every import,
 * decision, reopening, rule activation and sign-in.
 */
package fr.spro.label.rulesets;
