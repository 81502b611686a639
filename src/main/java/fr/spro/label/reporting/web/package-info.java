/** The documents over HTTP: PDF and CSV downloads, and the HTML twin of each audit file. */
package fr.spro.label.reporting.web;
