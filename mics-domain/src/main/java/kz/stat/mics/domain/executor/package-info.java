/** Executors (departments) and the directory of their abbreviations. */
package kz.stat.mics.domain.executor;
