/**
 * JMH benchmarks of the deadline parser, the table and JSON documents, the monitoring views and the
 * store; run from the shaded {@code benchmarks.jar}, never by the build. See docs/performance.md.
 */
package kz.stat.mics.bench;
