package kz.stat.mics.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FinancingTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "РБ | STATE_BUDGET",
      "'РБ ' | STATE_BUDGET",
      "республиканский бюджет | STATE_BUDGET",
      "Республикалық бюджет | STATE_BUDGET",
      "ЮНИСЕФ | UNICEF",
      "UNICEF | UNICEF",
      "Талап етілмейді | NOT_REQUIRED",
      "'Талап етілмейді  ' | NOT_REQUIRED",
      "Не требуется | NOT_REQUIRED",
      "not required | NOT_REQUIRED",
      "Всемирный банк | OTHER"})
  void readsTheSourceFromTheTextInAnyOfTheThreeLanguages(String text, FinancingSource source) {
    Financing f = Financing.of(text);
    assertThat(f.source()).isEqualTo(source);
    assertThat(f.text()).isEqualTo(text.trim());
  }
}
