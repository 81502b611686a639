/**
 * Accounts, roles, sign-in (form and HTTP Basic, throttled) and the access rule of every route,
 * all in {@code SecurityConfiguration}.
 */
package fr.spro.label.security;
