/** Monitoring a plan as of a date: what is active, due, overdue or late, who carries the load, who pays. */
package kz.stat.mics.domain.monitoring;
