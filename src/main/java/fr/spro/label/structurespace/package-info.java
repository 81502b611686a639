/**
 * The structure space ({@code /mon-espace}): a member structure's dashboard, self-assessment,
 * activity report and results, always for the structure of the signed-in account.
 */
package fr.spro.label.structurespace;
