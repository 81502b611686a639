/**
 * The label's life after the officers' decisions: a structure's public status (labelled, labelled
 * under conditions, suspended, expired), the public registry read model, its pages, API and open data.
 */
package fr.spro.label.registry;
