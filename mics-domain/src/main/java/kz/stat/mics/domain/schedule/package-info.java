/** Deadlines, their windows, and reading them from Kazakh, Russian and English text. */
package kz.stat.mics.domain.schedule;
