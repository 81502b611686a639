/**
 * Where the data lives: the embedded MongoDB-compatible store when no MongoDB is configured,
 * transactions when the server offers them, and the store's health.
 */
package fr.spro.label.store;
