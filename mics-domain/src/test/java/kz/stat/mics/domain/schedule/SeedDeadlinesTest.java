package kz.stat.mics.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.language.Language;
import kz.stat.mics.domain.plan.ActionPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every deadline of the MICS 2023-2025 plan, exactly as the plan writes it, with its windows worked out by hand. */
class SeedDeadlinesTest {

  private static final DeadlineContext PLAN =
      DeadlineContext.of(Language.KK).withYears(YearRange.of(2023, 2025));

  /** Activity number, deadline text verbatim, windows, duration in days (0: none), tentative. */
  static Stream<Arguments> seedDeadlines() {
    return Stream.of(
        Arguments.of("1.1", "Ақпан 2023", "2023-02-01..2023-02-28", 0, false),
        Arguments.of("2.1", "Ақпан-мамыр 2023", "2023-02-01..2023-05-31", 0, false),
        Arguments.of("2.2", "Мамыр 2023", "2023-05-01..2023-05-31", 0, false),
        Arguments.of("3.1", "Наурыз 2023", "2023-03-01..2023-03-31", 0, false),
        Arguments.of("3.2", "Сәуір-мамыр 2023", "2023-04-01..2023-05-31", 0, false),
        Arguments.of("3.3", "Ақпан-наурыз 2024", "2024-02-01..2024-03-31", 0, false),
        Arguments.of("3.4", "Шілде 2024", "2024-07-01..2024-07-31", 0, false),
        Arguments.of("4.1", "Наурыз-шілде 2023", "2023-03-01..2023-07-31", 0, false),
        Arguments.of("4.2", "Шілде-тамыз 2023", "2023-07-01..2023-08-31", 0, false),
        Arguments.of("5.1", "Сәуір 2023", "2023-04-01..2023-04-30", 0, false),
        Arguments.of("5.2", "Мамыр 2023", "2023-05-01..2023-05-31", 0, false),
        Arguments.of("6.1", "Сәуір 2023", "2023-04-01..2023-04-30", 0, false),
        Arguments.of("6.2", "Қазан-қараша 2023", "2023-10-01..2023-11-30", 0, false),
        Arguments.of("6.3", "Қаңтар-наурыз 2025 (нақтылануда)", "2025-01-01..2025-03-31", 0, true),
        Arguments.of("7.1", "Шілде 2023", "2023-07-01..2023-07-31", 0, false),
        Arguments.of("7.2", "Шілде 2023", "2023-07-01..2023-07-31", 0, false),
        Arguments.of("7.3", "Шілде 2023", "2023-07-01..2023-07-31", 0, false),
        Arguments.of("8.1", "Маусым 2023\n(10 күн)", "2023-06-01..2023-06-30", 10, false),
        Arguments.of("8.2", "Маусым 2023\n(3 күн)", "2023-06-01..2023-06-30", 3, false),
        Arguments.of("8.3", "Шілде 2023 (10 күн)", "2023-07-01..2023-07-31", 10, false),
        Arguments.of("8.4", "Шілде 2023 (3 күн) ", "2023-07-01..2023-07-31", 3, false),
        Arguments.of("9.1", "Шілде 2023", "2023-07-01..2023-07-31", 0, false),
        Arguments.of("9.2", "Шілде-тамыз 2023", "2023-07-01..2023-08-31", 0, false),
        Arguments.of("9.3", "Шілде-қыркүйек 2023", "2023-07-01..2023-09-30", 0, false),
        Arguments.of("10.1", "Наурыз-сәуір 2024, қыркүйек-қараша 2024",
            "2024-03-01..2024-04-30; 2024-09-01..2024-11-30", 0, false),
        Arguments.of("10.2", "Наурыз-сәуір 2024", "2024-03-01..2024-04-30", 0, false),
        Arguments.of("10.3", "Наурыз, қыркүйек 2024",
            "2024-03-01..2024-03-31; 2024-09-01..2024-09-30", 0, false),
        Arguments.of("11.1", "Сәуір 2024", "2024-04-01..2024-04-30", 0, false),
        Arguments.of("11.2", "Сәуір-Мамыр  2024", "2024-04-01..2024-05-31", 0, false),
        Arguments.of("11.3", "Маусым-шілде  2024", "2024-06-01..2024-07-31", 0, false),
        Arguments.of("11.4", "Маусым-шілде  2024", "2024-06-01..2024-07-31", 0, false),
        Arguments.of("11.5", "Шілде 2024", "2024-07-01..2024-07-31", 0, false),
        Arguments.of("11.6", "Шілде 2024", "2024-07-01..2024-07-31", 0, false),
        Arguments.of("12.1", "Тамыз 2024", "2024-08-01..2024-08-31", 0, false),
        Arguments.of("13.1", "Қыркүйек-қараша 2024", "2024-09-01..2024-11-30", 0, false),
        Arguments.of("13.2", "Қыркүйек-қараша 2024", "2024-09-01..2024-11-30", 0, false),
        Arguments.of("13.3", "Қыркүйек-қараша 2024", "2024-09-01..2024-11-30", 0, false),
        Arguments.of("13.4", "Желтоқсан 2024", "2024-12-01..2024-12-31", 0, false),
        Arguments.of("13.5", "Қаңтар-Наурыз 2025", "2025-01-01..2025-03-31", 0, false),
        Arguments.of("14.1", "Сәуір 2025", "2025-04-01..2025-04-30", 0, false),
        Arguments.of("14.2", "Сәуір-мамыр 2025", "2025-04-01..2025-05-31", 0, false),
        Arguments.of("14.3", "Мамыр-маусым 2025", "2025-05-01..2025-06-30", 0, false),
        Arguments.of("14.4", "Сәуір-маусым 2025", "2025-04-01..2025-06-30", 0, false),
        Arguments.of("14.5", "Маусым 2025", "2025-06-01..2025-06-30", 0, false),
        Arguments.of("14.6", "Сәуір-маусым 2025", "2025-04-01..2025-06-30", 0, false),
        Arguments.of("15.1", "Наурыз 2023 \u2013сәуір 2025", "2023-03-01..2025-04-30", 0, false),
        Arguments.of("15.2", "Сәуір 2024 \u2013сәуір 2025", "2024-04-01..2025-04-30", 0, false));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("seedDeadlines")
  void everySeedDeadlineReadsToTheWindowsTheGlossaryGives(
      String activity, String text, String windows, int days, boolean tentative) {
    DeadlineReading reading = DeadlineParser.read(text, PLAN);

    assertThat(reading).isInstanceOf(DeadlineReading.Understood.class);
    Deadline deadline = reading.deadline();
    assertThat(deadline.text()).isEqualTo(text);
    assertThat(deadline.windows()).containsExactlyElementsOf(ExpectedWindows.of(windows));
    assertThat(deadline.durationDays()).isEqualTo(days == 0 ? OptionalInt.empty() : OptionalInt.of(days));
    assertThat(deadline.tentative()).isEqualTo(tentative);
    assertThat(deadline.recurrence()).isEmpty();
  }

  @Test
  void theTableAboveHoldsTheDeadlineColumnOfThePlanVerbatim() throws IOException {
    Path plan = Path.of("..", "examples", "mics-2023-2025.kk.txt");
    List<String> fromPlan = deadlineColumn(Files.readString(plan, StandardCharsets.UTF_8));

    assertThat(fromPlan).containsExactlyElementsOf(
        seedDeadlines().map(a -> (String) a.get()[1]).toList());
  }

  @Test
  void everyDeadlineOfTheSeedPlanFixtureReadsToTheDeadlineTheFixtureHolds() {
    ActionPlan plan = SeedPlan.plan();
    DeadlineContext context = DeadlineContext.of(plan.language()).withYears(plan.period());

    assertThat(plan.activities()).hasSize(47).allSatisfy(activity -> {
      Deadline expected = activity.deadline();
      Deadline read = DeadlineParser.read(expected.text(), context).deadline();
      assertThat(read).as(activity.code()).isEqualTo(expected);
    });
  }

  @Test
  void theSeedIsReadWithoutAPlanPeriodToo() {
    seedDeadlines().forEach(a -> assertThat(
        DeadlineParser.read((String) a.get()[1], DeadlineContext.none()))
        .isInstanceOf(DeadlineReading.Understood.class));
  }

  /** The fourth cell of each activity row "N.M": cells start with a TAB, a line without one continues the cell. */
  private static List<String> deadlineColumn(String document) {
    List<String> cells = new ArrayList<>();
    for (String line : document.split("\n", -1)) {
      if (line.startsWith("\t")) {
        cells.add(line.substring(1));
      } else if (!line.isBlank() && !cells.isEmpty()) {
        cells.set(cells.size() - 1, cells.get(cells.size() - 1) + "\n" + line);
      }
    }
    List<String> deadlines = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).strip().matches("\\d+\\.\\d+")) {
        deadlines.add(cells.get(i + 3));
        i += 5;
      }
    }
    return deadlines;
  }
}
