/** The member directory: structures, their networks, memberships and the ten SPRO territories. */
package fr.spro.label.structure;
