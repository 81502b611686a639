/**
 * The demo data set ({@code --demo}): realistic files in the import formats, loaded through the
 * importer on an empty database so a first start has content, and doubling as examples for
 * users; and the {@code generate} command, which writes synthetic data sets of any size.
 */
package fr.spro.label.demo;
