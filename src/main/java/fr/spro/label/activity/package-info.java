/** The yearly activity report of each structure: the figures the referential checks. */
package fr.spro.label.activity;
