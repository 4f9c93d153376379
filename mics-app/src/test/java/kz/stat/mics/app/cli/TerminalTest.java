package kz.stat.mics.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import kz.stat.mics.app.CompositionRoot;
import kz.stat.mics.domain.language.Language;
import org.junit.jupiter.api.Test;

/** The user's language and width from the environment, plurals, and tables that fit. */
class TerminalTest {

  static Words words(Language language) {
    return new Words(language, CompositionRoot.labels(language));
  }

  @Test
  void theLocaleNamesTheLanguageInPosixOrder() {
    assertThat(new Terminal(Map.of("LANG", "ru_RU.UTF-8"), false).localeLanguage())
        .contains(Language.RU);
    assertThat(new Terminal(Map.of("LC_ALL", "kk_KZ", "LANG", "ru_RU.UTF-8"), false)
        .localeLanguage()).contains(Language.KK);
    assertThat(new Terminal(Map.of("LC_MESSAGES", "en_GB.UTF-8", "LANG", "ru_RU"), false)
        .localeLanguage()).contains(Language.EN);
    assertThat(new Terminal(Map.of("LANG", "C.UTF-8"), false).localeLanguage())
        .contains(Language.EN);
    assertThat(new Terminal(Map.of("LC_ALL", "POSIX"), false).localeLanguage())
        .contains(Language.EN);
    assertThat(new Terminal(Map.of("LANG", "de_DE.UTF-8"), false).localeLanguage()).isEmpty();
    Terminal german = new Terminal(Map.of("LANG", "de_DE.UTF-8"), false);
    assertThat(german.language(Optional.empty(), Optional.of(Language.KK))).isEqualTo(Language.KK);
    assertThat(german.language(Optional.of(Language.RU), Optional.of(Language.KK)))
        .isEqualTo(Language.RU);
  }

  @Test
  void theWidthIsColumnsElseNoneWhenPiped() {
    assertThat(new Terminal(Map.of("COLUMNS", "100"), false).width()).hasValue(100);
    assertThat(new Terminal(Map.of("COLUMNS", "wide"), false).width()).isEmpty();
    assertThat(new Terminal(Map.of(), false).width()).isEmpty();
  }

  @Test
  void countsTakeEachLanguagesPluralForms() {
    Words en = words(Language.EN);
    assertThat(en.count("findings", 1)).isEqualTo("1 finding");
    assertThat(en.count("findings", 2)).isEqualTo("2 findings");
    assertThat(en.count("errors", 0)).isEqualTo("0 errors");
    Words ru = words(Language.RU);
    assertThat(ru.count("findings", 1)).isEqualTo("1 замечание");
    assertThat(ru.count("findings", 2)).isEqualTo("2 замечания");
    assertThat(ru.count("findings", 5)).isEqualTo("5 замечаний");
    assertThat(ru.count("findings", 11)).isEqualTo("11 замечаний");
    assertThat(ru.count("findings", 21)).isEqualTo("21 замечание");
    assertThat(ru.count("errors", 22)).isEqualTo("22 ошибки");
    assertThat(ru.count("errors", 112)).isEqualTo("112 ошибок");
    assertThat(ru.count("activities", 47)).isEqualTo("47 мероприятий");
    Words kk = words(Language.KK);
    assertThat(kk.count("findings", 1)).isEqualTo("1 ескерту");
    assertThat(kk.count("findings", 5)).isEqualTo("5 ескерту");
  }

  @Test
  void timesAreLocalWithTheirZone() {
    assertThat(Words.time(Instant.parse("2026-12-01T05:08:00.442457Z"), ZoneId.of("Asia/Almaty")))
        .isEqualTo("2026-12-01 10:08 +05");
  }

  @Test
  void aTableFitsItsWidthShorteningTextAndKeepingCodesAndDates() {
    TextTable t = TextTable.of(OptionalInt.of(40), TextTable.keep("Code"),
        TextTable.shorten("Activity"), TextTable.keep("Days overdue"));
    t.row("11.2", "Листинг өткізу және тізімдерді жасау бойынша жұмыстар", 489);
    StringWriter out = new StringWriter();
    t.print(new PrintWriter(out));
    assertThat(out.toString()).isEqualTo(""
        + "Code  Activity                  Days\n"
        + "                                overdue\n"
        + "----  ------------------------  --------\n"
        + "11.2  Листинг өткізу және тіз…  489\n");
  }

  @Test
  void withoutAWidthEveryCellIsWhole() {
    TextTable t = TextTable.of(OptionalInt.empty(), TextTable.keep("Code"),
        TextTable.shorten("Activity"));
    String title = "x".repeat(150);
    t.row("1.1", title);
    StringWriter out = new StringWriter();
    t.print(new PrintWriter(out));
    assertThat(out.toString()).endsWith("1.1   " + title + "\n");
  }

  @Test
  void helpListsCompletionAndHidesTheOldDateNames() {
    assertThat(Run.of("--help").out()).contains("generate-completion");
    assertThat(Run.of("due", "--help").out()).contains("--as-of", "--days", "--to")
        .doesNotContain("--from");
    assertThat(Run.of("active", "--help").out()).contains("--as-of").doesNotContain("--on");
    assertThat(Run.of("late", "--help").out()).contains("--as-of");
  }
}
