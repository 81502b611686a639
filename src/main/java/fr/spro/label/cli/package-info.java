/** The command-line verbs of the executable jar and how they are dispatched. */
package fr.spro.label.cli;
