/** Progress: statuses and the append-only events that record them. */
package kz.stat.mics.domain.progress;
