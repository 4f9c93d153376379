package kz.stat.mics.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

class IsoDatesTest {
  @Test
  void readsTheDatesTheFormatsWrite() {
    assertThat(IsoDates.parse("2024-03-31")).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(IsoDates.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(IsoDates.parse("0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
    assertThat(IsoDates.parse("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
  }

  @Test
  void refusesADateOutsideTheYearsOneToNineThousandNineHundredNinetyNine() {
    for (String text : List.of("0000-01-01", "+12024-01-01", "+10000-02-28", "-0001-12-31")) {
      assertThatThrownBy(() -> IsoDates.parse(text))
          .isInstanceOf(java.time.format.DateTimeParseException.class)
          .hasMessage("Text '" + text + "' is a date outside the years 1 to 9999");
    }
  }

  @Test
  void refusesWhatLocalDateRefusesWithItsMessage() {
    for (String text : List.of("2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31",
        "2024-1-01", "2024/01/01", "24-01-01", "2024-01-01 ", "２０２４-01-01", "", "2024-01-0x")) {
      String expected = null;
      try {
        LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        expected = e.getMessage();
      }
      assertThat(expected).as(text).isNotNull();
      assertThatThrownBy(() -> IsoDates.parse(text)).as(text)
          .isInstanceOf(DateTimeParseException.class).hasMessage(expected);
    }
  }
}
