/**
 * Deadlines, their windows, and reading them from Kazakh, Russian and English text.
 *
 * <p>{@link kz.stat.mics.domain.schedule.DeadlineParser} reads a deadline as the plan writes it
 * ("Наурыз-сәуір 2024, қыркүйек-қараша 2024", "до 15 марта 2024 г.", "Q4 2023") and never throws for
 * bad text: it answers {@link kz.stat.mics.domain.schedule.DeadlineReading.NotUnderstood} with a
 * reason.
 */
package kz.stat.mics.domain.schedule;
