package fr.spro.label.backoffice;

import java.time.Instant;

import fr.spro.label.structure.MemberStructure;

/**
 * One structure on the campaign dashboard.
 *
 * @param updatedAt  when its self-assessment last changed, {@code null} when it has none
 * @param reopenable submitted and not decided: an officer may send it back to the structure
 */
record StructureProgress(MemberStructure structure, Progress progress, Instant updatedAt, boolean reopenable) {
}
