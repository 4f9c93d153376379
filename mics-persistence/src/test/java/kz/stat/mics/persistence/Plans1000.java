package kz.stat.mics.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.executor.ExecutorDirectory;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Financing;
import kz.stat.mics.domain.plan.Precedence;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.domain.schedule.Window;
import kz.stat.mics.domain.schedule.YearRange;

/** Generated plans of any size, every activity with two windows and two executors. */
final class Plans1000 {
  private Plans1000() {}

  static ActionPlan withActivities(int count) {
    return generated(count, true);
  }

  /**
   * The same, each activity due on the day of its one window, a hundred days over and over: at
   * 20,000 activities, 200 are due on each.
   */
  static ActionPlan dueOnTheirDays(int count) {
    return generated(count, false);
  }

  private static ActionPlan generated(int count, boolean openEnded) {
    List<Section> sections = new ArrayList<>();
    int perSection = 10;
    for (int s = 0; s * perSection < count; s++) {
      List<Activity> activities = new ArrayList<>();
      for (int a = 0; a < perSection && s * perSection + a < count; a++) {
        LocalDate day = LocalDate.of(2023, 1, 1).plusDays(openEnded ? s * perSection + a
            : (s * perSection + a) % 100);
        activities.add(Activity.of((s + 1) + "." + (a + 1), "Іс-шара " + (s + 1) + "." + (a + 1),
            List.of("ХСД", "ӘДДБСД"),
            Deadline.of("күн " + day, openEnded
                ? List.of(Window.day(day), Window.startingOn(day.plusDays(30)))
                : List.of(Window.day(day))),
            "Есеп", Financing.of("РБ")));
      }
      sections.add(Section.of(Integer.toString(s + 1), "Бөлім " + (s + 1), activities));
    }
    return ActionPlan.of("Generated plan of " + count, Language.KK, YearRange.of(2023, 2025),
            sections, ExecutorDirectory.of(List.of(Executor.of("ХСД", "Халықаралық статистика"),
                Executor.of("ӘДДБСД", "Әлеуметтік статистика"))))
        .withPrecedences(List.of(Precedence.of("1.1", "1.2")));
  }
}
