/**
 * The OAuth2/OIDC authorisation server of the embedded default (Spring Authorization Server): demo users and client
 * systems with their role and areas, JWT access tokens carrying them, signed with a key kept in the data folder. In
 * production an identity provider (Keycloak) with the same claims takes its place.
 */
package vn.pcmt.identity;
