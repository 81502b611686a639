/**
 * The demo data set ({@code --demo}): realistic files in the import formats, loaded on an empty
 * database so a first start has content, and doubling as examples for users.
 */
package fr.spro.label.demo;
