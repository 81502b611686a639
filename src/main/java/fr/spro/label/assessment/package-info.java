/** Campaigns and the yearly self-assessment of each structure: answers, comments, evidence (files in GridFS). */
package fr.spro.label.assessment;
