/** Campaigns and the yearly self-assessment of each structure: answers, comments, evidence. */
package fr.spro.label.assessment;
