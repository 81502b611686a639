/** The import API: {@code POST /api/imports}. */
package fr.spro.label.intake.web;
