/** Writing CSV files that a spreadsheet opens safely: formula cells neutralised, RFC 4180 quoting. */
package fr.spro.label.csv;
