/** Cross-cutting web concerns: layout, locale, the JSON error shape and error pages. */
package fr.spro.label.web;
