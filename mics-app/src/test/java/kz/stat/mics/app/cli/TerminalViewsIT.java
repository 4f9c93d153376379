package kz.stat.mics.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every terminal view of the seed plan, in Kazakh, Russian and English as the locale names them,
 * in a terminal 100 columns wide: every line fits, and the headings are the report's labels.
 */
class TerminalViewsIT {
  @TempDir
  static Path dir;

  static final String KEY = "seed";
  static final Terminal KK = new Terminal(Map.of("COLUMNS", "100", "LC_ALL", "kk_KZ.UTF-8",
      "LANG", "en_US.UTF-8"), true);
  static final Terminal RU = new Terminal(Map.of("COLUMNS", "100", "LANG", "ru_RU.UTF-8"), true);
  static final Terminal EN = new Terminal(Map.of("COLUMNS", "100", "LANG", "C"), true);

  static String[] args(String... command) {
    List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("store").toString()));
    all.addAll(List.of(command));
    return all.toArray(String[]::new);
  }

  static Run ok(Terminal terminal, String... command) {
    Run run = Run.in(terminal, args(command));
    assertThat(run.code()).as("%s: %s", String.join(" ", command), run.err()).isZero();
    return run;
  }

  @BeforeAll
  static void theSeedTwiceWithTheListingDone() throws IOException {
    ok(Run.PIPED_ENGLISH, "import", DocumentCommandsTest.SEED.toString(), "--plan", KEY);
    ok(Run.PIPED_ENGLISH, "progress", KEY, "11.2", "--status", "done", "--on", "2024-06-19",
        "--by", "ХСД");
    Path edited = dir.resolve("edited.txt");
    String text = Files.readString(DocumentCommandsTest.SEED, StandardCharsets.UTF_8);
    Files.writeString(edited, text.replace("\tЖелтоқсан 2024\n", "\tҚаңтар 2025\n"),
        StandardCharsets.UTF_8);
    ok(Run.PIPED_ENGLISH, "import", edited.toString(), "--plan", KEY);
  }

  /** Each view's output in a terminal. */
  static Map<String, String> views(Terminal terminal) {
    Map<String, String> out = new LinkedHashMap<>();
    String seed = DocumentCommandsTest.SEED.toString();
    out.put("status", ok(terminal, "status", KEY, "--as-of", "2024-10-01").out());
    out.put("show", ok(terminal, "show", KEY).out());
    out.put("overdue", ok(terminal, "overdue", KEY, "--as-of", "2024-10-01").out());
    out.put("due", ok(terminal, "due", KEY, "--as-of", "2024-09-01", "--to", "2024-12-31").out());
    out.put("active", ok(terminal, "active", KEY, "--as-of", "2024-10-01").out());
    out.put("late", ok(terminal, "late", KEY).out());
    out.put("workload", ok(terminal, "workload", KEY).out());
    out.put("funding", ok(terminal, "funding", KEY).out());
    out.put("revisions", ok(terminal, "revisions", KEY).out());
    out.put("plans", ok(terminal, "plans").out());
    out.put("history", ok(terminal, "history", KEY).out());
    out.put("diff", ok(terminal, "diff", KEY).out());
    out.put("validate", ok(terminal, "validate", seed).out());
    return out;
  }

  static void fitsOneHundredColumns(Map<String, String> views) {
    views.forEach((view, text) -> {
      assertThat(text).as(view).isNotBlank();
      for (String line : text.split("\n")) {
        assertThat(line.codePointCount(0, line.length())).as("%s: %s", view, line)
            .isLessThanOrEqualTo(100);
      }
    });
  }

  /** The lines above a table's rule: its headings, wrapped or not. */
  static String headings(String table) {
    StringBuilder b = new StringBuilder();
    for (String line : table.split("\n")) {
      if (line.matches("-+( +-+)+")) {
        return b.toString();
      }
      b.append(line).append(' ');
    }
    throw new AssertionError("no table in:\n" + table);
  }

  /** Every word of every label is in the headings of the first table of {@code text}. */
  static void headedBy(String view, String text, String... labels) {
    String headings = headings(text);
    for (String label : labels) {
      for (String word : label.split(" ")) {
        assertThat(headings).as("%s: %s", view, label).contains(word);
      }
    }
  }

  static List<String> lines(String text) {
    return List.of(text.split("\n"));
  }

  @Test
  void inKazakhEveryViewFitsAndSpeaksAsTheReportDoes() {
    Map<String, String> v = views(KK);
    fitsOneHundredColumns(v);
    assertThat(lines(v.get("status"))).startsWith("seed, 2024-10-01 жағдай бойынша: 47 іс-шара")
        .contains("Мерзімі өткен іс-шаралар:", "Келесі басталатын іс-шаралар:");
    assertThat(lines(v.get("status")).get(1)).startsWith("  Орындалды 1 · Орындалуда 0 · ");
    headedBy("overdue", v.get("overdue"), "№", "Іс-шара", "Жауапты орындаушы", "Мерзімі",
        "Кешігу, күн", "Мәртебесі");
    assertThat(v.get("overdue")).contains("Жоспарланған").doesNotContain("planned");
    headedBy("show", v.get("show"), "№", "Іс-шара", "Жауапты орындаушылар", "Орындау мерзімі",
        "Аяқталу нысаны", "Қаржыландыру");
    assertThat(v.get("show")).contains("ӘДДБСД-ға", "ХСД, ӘДДБСД", "Талап", "етілмейді");
    headedBy("due", v.get("due"), "№", "Іс-шара", "Мерзімі", "Мәртебесі");
    headedBy("active", v.get("active"), "Орындау мерзімі", "Мәртебесі");
    assertThat(lines(v.get("late"))).containsExactly(
        "№     Іс-шара         Жауапты орындаушы                Мерзімі     Аяқталды    Кешігу, күн",
        "----  --------------  -------------------------------  ----------  ----------  -----------",
        "11.2  Листинг өткізу  ҚР СЖРА ҰСБ аумақтық бөлімшелер  2024-05-31  2024-06-19  19");
    assertThat(lines(v.get("workload")).get(0)).isEqualTo("Ұяшықта: жауапты + бірлескен "
        + "орындаушы ретіндегі іс-шаралар; айына 5-ден артық — жүктеменің асуы.");
    assertThat(v.get("workload")).contains("Орындаушы", "Барлығы", "Ең", "көп", "жүктелген",
        "Жүктемесі", "асқан", "айлар");
    assertThat(lines(v.get("funding"))).containsExactly(
        "Көзі                  Іс-шаралар  Іс-шара-айлар",
        "--------------------  ----------  -------------",
        "Республикалық бюджет  13          20",
        "ЮНИСЕФ                4           8",
        "Талап етілмейді       30          95");
    headedBy("revisions", v.get("revisions"), "Редакция", "Сақталды", "Іс-шаралар", "Атауы");
    headedBy("plans", v.get("plans"), "Жоспар", "Редакция", "Сақталды", "Атауы");
    headedBy("history", v.get("history"), "№", "Мәртебесі", "Күні", "Жазылды", "Ескертпе");
    assertThat(v.get("history")).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\+05")
        .contains("Орындалды");
    assertThat(lines(v.get("diff"))).containsExactly("seed жоспары: 1-редакция -> 2",
        "~ 13.4 deadline: Желтоқсан 2024 [2024-12-01..2024-12-31] -> Қаңтар 2025 "
            + "[2025-01-01..2025-01-31]");
    assertThat(lines(v.get("validate"))).last().isEqualTo(DocumentCommandsTest.SEED
        + ": 47 іс-шара, 0 қате, 1 ескерту");
  }

  @Test
  void inRussianEveryViewFitsAndSpeaksAsTheReportDoes() {
    Map<String, String> v = views(RU);
    fitsOneHundredColumns(v);
    assertThat(lines(v.get("status"))).startsWith("seed на 2024-10-01: 47 мероприятий")
        .contains("Просроченные мероприятия:", "Начнутся следующими:");
    assertThat(lines(v.get("status")).get(1)).startsWith("  Выполнено 1 · Выполняется 0 · ");
    headedBy("overdue", v.get("overdue"), "№", "Мероприятие", "Ответственный исполнитель",
        "Срок", "Просрочка, дней", "Статус");
    assertThat(v.get("overdue")).contains("Запланировано");
    headedBy("show", v.get("show"), "Ответственные исполнители", "Срок исполнения",
        "Форма завершения", "Финансирование");
    assertThat(v.get("show")).contains("ӘДДБСД-ға", "Не", "требуется");
    headedBy("active", v.get("active"), "Срок исполнения", "Статус");
    assertThat(lines(v.get("late")).get(0)).isEqualTo("№     Мероприятие     Ответственный "
        + "исполнитель        Срок        Завершено   Опоздание, дней");
    assertThat(v.get("workload")).contains("Исполнитель", "Всего", "Месяцы", "перегрузки");
    assertThat(lines(v.get("funding"))).contains(
        "Республиканский бюджет  13           20",
        "Не требуется            30           95");
    headedBy("revisions", v.get("revisions"), "Редакция", "Сохранено", "Мероприятий",
        "Название");
    headedBy("history", v.get("history"), "Статус", "Дата", "Записано", "Примечание");
    assertThat(lines(v.get("diff")).get(0)).isEqualTo("план seed: редакция 1 -> 2");
    assertThat(lines(v.get("validate"))).last().isEqualTo(DocumentCommandsTest.SEED
        + ": 47 мероприятий, 0 ошибок, 1 замечание");
  }

  @Test
  void inEnglishEveryViewFitsAndSpeaksAsTheReportDoes() {
    Map<String, String> v = views(EN);
    fitsOneHundredColumns(v);
    assertThat(lines(v.get("status"))).startsWith("seed as of 2024-10-01: 47 activities",
        "  Done 1 · In progress 0 · Overdue 31 · Due in the next 30 days 0 · Planned 46 · "
            + "Cancelled 0").contains("Overdue activities:", "Starting next:");
    headedBy("overdue", v.get("overdue"), "No.", "Activity", "Lead executor", "Due",
        "Days overdue", "Status");
    headedBy("show", v.get("show"), "Responsible executors", "Deadline", "Completion form",
        "Financing");
    assertThat(v.get("show")).contains("ӘДДБСД-ға", "Not", "required", "State", "budget");
    assertThat(lines(v.get("funding"))).contains("State budget  13          20",
        "Not required  30          95");
    assertThat(v.get("workload")).contains("Executor", "Total", "Busiest", "Overloaded",
        "months");
    headedBy("history", v.get("history"), "#", "Status", "On", "Recorded", "By", "Note");
    assertThat(lines(v.get("diff")).get(0)).isEqualTo("plan seed: revision 1 -> 2");
    assertThat(lines(v.get("validate"))).last().isEqualTo(DocumentCommandsTest.SEED
        + ": 47 activities, 0 errors, 1 finding");
  }

  @Test
  void theOldDateOptionsStillWorkAndLangOverridesTheLocale() {
    Run due = ok(RU, "due", KEY, "--from", "2024-09-01", "--to", "2024-12-31", "--lang", "en");
    assertThat(due.out()).isEqualTo(ok(EN, "due", KEY, "--as-of", "2024-09-01", "--to",
        "2024-12-31").out());
    assertThat(ok(EN, "active", KEY, "--on", "2024-10-01").out())
        .isEqualTo(ok(EN, "active", KEY, "--as-of", "2024-10-01").out());
    assertThat(ok(EN, "due", KEY, "--as-of", "2024-09-01", "--days", "121").out())
        .isEqualTo(due.out());
    assertThat(ok(EN, "late", KEY, "--as-of", "2024-06-18").out())
        .isEqualTo("No activity was finished late.\n");
  }

  @Test
  void aPageSaysHowManyMoreThereAreInTheLanguageOfTheLabels() {
    List<String> kk = lines(ok(KK, "overdue", KEY, "--as-of", "2024-10-01", "--limit", "2").out());
    // two lines of headings, the rule, two rows and the line about the other 29
    assertThat(kk).hasSize(3 + 2 + 1);
    assertThat(kk.get(3)).startsWith("1.1 ");
    assertThat(kk.get(4)).startsWith("2.1 ");
    assertThat(kk.get(5)).isEqualTo("… және тағы 29: барлығын --all немесе --json көрсетеді");
    assertThat(lines(ok(EN, "overdue", KEY, "--as-of", "2024-10-01", "--limit", "2").out()))
        .last().isEqualTo("… and 29 more: --all or --json shows every one");
    assertThat(ok(RU, "status", KEY, "--as-of", "2024-10-01", "--limit", "3").out())
        .contains("\n… и ещё 28: все строки покажут --all или --json\n");
  }

  @Test
  void pipedOutputKeepsEveryCellWhole() {
    Run piped = ok(Run.PIPED_ENGLISH, "overdue", KEY, "--as-of", "2024-10-01");
    assertThat(piped.out()).doesNotContain("…");
    assertThat(ok(EN, "overdue", KEY, "--as-of", "2024-10-01").out()).contains("…");
  }
}
