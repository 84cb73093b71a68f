/**
 * Test support: one broker and one store per test JVM, embedded by default, real images through Testcontainers when
 * the build runs with {@code -Pcontainers}.
 */
package vn.pcmt.embedded.test;
