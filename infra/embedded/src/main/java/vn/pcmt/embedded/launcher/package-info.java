/** Starts the whole platform on one machine: the embedded infrastructure in this process, each service as a child process. */
package vn.pcmt.embedded.launcher;
