/**
 * Reading users' files: encoding and content checks, then CSV (Apache Commons CSV) or JSON
 * (Jackson streaming) records with the physical line where each starts.
 */
package fr.spro.label.intake.read;
