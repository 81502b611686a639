/** The registry's public face: its pages, its JSON API and its open-data files. */
package fr.spro.label.registry.web;
