package kz.stat.mics.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.executor.ExecutorDirectory;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Financing;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.port.UnstorableTextException;
import kz.stat.mics.domain.progress.ProgressChange;
import kz.stat.mics.domain.progress.ProgressEvent;
import kz.stat.mics.domain.progress.Status;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.domain.schedule.YearRange;
import org.junit.jupiter.api.Test;

/** Text that breaks careless stores goes in and comes out byte for byte. */
class HostileTextIT {
  private static final PlanKey KEY = PlanKey.of("hostile");
  private static final String QUOTES = "it's \"quoted\" `back` ‘curly’ «ёлочки»";
  private static final String INJECTION = "'; drop table plan; --";
  private static final String BACKSLASHES = "C:\\plans\\2024\\ \\n \\\\ \\' \\0 $1 %s %% _";
  private static final String KAZAKH = "ӘәҒғҚқҢңӨөҰұҮүҺһІі";
  private static final String EMOJI = "📊✅🇰🇿 👩🏽‍💻";
  private static final String RTL = "مرحبا بالعالم שלום \u202Eright-to-left\u202C";
  private static final String LONG = "Ұ".repeat(5_000) + "ab".repeat(2_500);

  private final JooqPlans plans = new JooqPlans(TestDatabases.migrated());

  private static Activity activity(String code, String text) {
    return Activity.of(code, text, List.of(text), Deadline.unresolved(text), text, Financing.of(text));
  }

  private static ActionPlan hostilePlan() {
    List<String> texts = List.of(QUOTES, INJECTION, BACKSLASHES, KAZAKH, EMOJI, RTL, LONG);
    List<Activity> activities = new java.util.ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      activities.add(activity("1." + (i + 1), texts.get(i)));
    }
    activities.add(activity(INJECTION, KAZAKH));
    return ActionPlan.of(INJECTION + KAZAKH + EMOJI, Language.KK, YearRange.of(2023, 2025),
        List.of(Section.of("1", RTL, activities), Section.of(KAZAKH, LONG, List.of())),
        ExecutorDirectory.of(List.of(Executor.of(INJECTION, QUOTES), Executor.of(KAZAKH, EMOJI))));
  }

  @Test
  void hostileTextComesBackByteForByte() {
    assertThat(LONG).hasSize(10_000);
    plans.save(KEY, hostilePlan());

    ActionPlan loaded = plans.latest(KEY).orElseThrow().plan();

    assertThat(loaded).isEqualTo(hostilePlan());
    for (int i = 0; i < loaded.activities().size(); i++) {
      Activity a = loaded.activities().get(i);
      assertThat(a.title().getBytes(StandardCharsets.UTF_8))
          .isEqualTo(hostilePlan().activities().get(i).title().getBytes(StandardCharsets.UTF_8));
    }
    assertThat(plans.save(KEY, hostilePlan()).created()).isFalse();
    assertThat(plans.list()).hasSize(1);
  }

  @Test
  void hostileProgressNotesComeBackAsWritten() {
    plans.save(KEY, hostilePlan());

    ProgressEvent e = plans.record(KEY, new ProgressChange(INJECTION, Status.DONE,
        LocalDate.of(2024, 1, 1), RTL + EMOJI, BACKSLASHES + LONG), 0);

    assertThat(plans.progress(KEY).events()).containsExactly(e);
    assertThat(plans.progress(KEY).events().get(0).note()).isEqualTo(BACKSLASHES + LONG);
  }

  @Test
  void aNulAnywhereIsRefusedAndTheStoreIsUnchanged() {
    plans.save(KEY, hostilePlan());
    ActionPlan withNul = ActionPlan.of("x", Language.KK, YearRange.of(2023, 2025),
        List.of(Section.of("3", "s", List.of(activity("3.1", "a\u0000b")))), ExecutorDirectory.empty());

    assertThatThrownBy(() -> plans.save(KEY, withNul))
        .isInstanceOf(UnstorableTextException.class)
        .hasMessageContaining("activity 3.1 title contains a NUL character");

    assertThat(plans.revisions(KEY)).hasSize(1);
    assertThat(plans.latest(KEY).orElseThrow().plan()).isEqualTo(hostilePlan());
  }
}
