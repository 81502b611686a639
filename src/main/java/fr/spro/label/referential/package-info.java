/**
 * The referential's vocabulary: themes, outcomes, compliance and label decisions. Plain Java,
 * free of Spring web and MongoDB types, so rule facts and reports can share it.
 */
package fr.spro.label.referential;
