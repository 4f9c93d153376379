/** Checks on a plan: findings about codes, executors, deadlines and the order of activities. */
package kz.stat.mics.domain.rules;
