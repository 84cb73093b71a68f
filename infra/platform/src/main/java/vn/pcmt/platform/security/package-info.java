/**
 * Every service checks the caller's token itself (DESIGN.md, "Security and privacy"): a JWT from the platform's
 * issuer, for the platform's audience, whose role and areas say who acts.
 */
package vn.pcmt.platform.security;
