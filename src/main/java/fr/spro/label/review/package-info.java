/** The officers' review: label decisions confirming or replacing a proposal, with their justification. */
package fr.spro.label.review;
