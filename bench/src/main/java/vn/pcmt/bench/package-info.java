/** Load harnesses run by hand; their results, with machine, date and command, go to docs/benchmarks.md. */
package vn.pcmt.bench;
