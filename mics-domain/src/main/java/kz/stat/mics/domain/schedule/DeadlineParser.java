package kz.stat.mics.domain.schedule;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Reads deadline texts in Kazakh, Russian and English ("Наурыз-сәуір 2024", "до 15 марта 2024 г.",
 * "Q4 2023") into windows. It never throws for a text it cannot read; it says why instead.
 *
 * <p>It reads month names of all three languages in any case and grammatical form, month and day
 * ranges within and across years, lists of them, "by" and "from" dates, numeric dates, quarters,
 * half-years, whole years, the plan's years ("в течение года", "жыл бойы") and recurring forms
 * ("ежеквартально", "ай сайын"), a duration ("(10 күн)") and a tentative marker ("(нақтылануда)").
 * "Not later than" forms ("не позднее", "в срок до", "до конца", "кешіктірмей", "соңына дейін", "by
 * the end of") give a window open at the start; "постоянно", "тұрақты", "ongoing" give the plan's
 * years; "по мере необходимости", "қажеттілігіне қарай", "as needed" give no date and are refused
 * saying so. A year alone before a comma dates what follows it ("2024, март-май"); a year after a
 * comma that follows a month is that month's ("July, 2013 to December, 2014").
 *
 * <p>The beginning, middle and end of a period ("начало", "середина", "конец", "басы", "ортасы",
 * "соңы", "early", "mid", "late", "beginning of", "end of") and the ten-day parts of a month ("I
 * декада марта", "наурыздың бірінші онкүндігі", "first ten days of March") cut it in three: a month
 * into days 1-10, 11-20 and 21 to its end; a quarter into its months; a half-year into two months
 * each; a year into its first quarter, its two middle quarters and its last quarter.
 *
 * <p>Every word must count: a word the parser does not know, or one it knows in a place where it
 * means nothing, leaves the deadline unread with the reason. The context's language decides only how
 * a slash date is read (see {@link DeadlineContext}); its years are used only by forms that name no
 * year, and a plan of a single year gives its year to a date that names none.
 */
public final class DeadlineParser {
  private DeadlineParser() {}

  /** Reads {@code text} in {@code context}; the deadline keeps {@code text} exactly as given. */
  public static DeadlineReading read(String text, DeadlineContext context) {
    checkNotNull(text, "text");
    checkNotNull(context, "context");
    try {
      return new DeadlineReading.Understood(new DeadlineReader(text, context).read());
    } catch (Unreadable e) {
      return new DeadlineReading.NotUnderstood(text, e.getMessage());
    } catch (RuntimeException e) {
      // A defect here must not stop a bulk import; the reason names it so it gets reported.
      return new DeadlineReading.NotUnderstood(text,
          "internal error while reading the deadline: " + e);
    }
  }
}
