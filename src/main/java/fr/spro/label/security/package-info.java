/** Accounts, roles and the access rules of every route. */
package fr.spro.label.security;
