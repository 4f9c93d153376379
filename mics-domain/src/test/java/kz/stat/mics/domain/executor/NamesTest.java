package kz.stat.mics.domain.executor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void collapsesEveryRunOfWhitespaceToOneSpaceAndTrims() {
    assertThat(Names.normalize("ХСД")).isEqualTo("ХСД");
    assertThat(Names.normalize("ҚР СЖРА ҰСБ")).isEqualTo("ҚР СЖРА ҰСБ");
    assertThat(Names.normalize("  ҚР \t\u00A0СЖРА\r\n\u2007ҰСБ\u202F ")).isEqualTo("ҚР СЖРА ҰСБ");
    assertThat(Names.normalize("a\u000B\fb")).isEqualTo("a b");
    assertThat(Names.normalize("")).isEmpty();
    assertThat(Names.normalize(" \u00A0 ")).isEmpty();
    // trimmed as String.trim does: every control character at either end goes too
    assertThat(Names.normalize("\u0001a b\u0000")).isEqualTo("a b");
    assertThat(Names.normalize("a \u0001")).isEqualTo("a");
    // other Unicode spaces are kept, as the regular expression kept them
    assertThat(Names.normalize("a\u2003\u2003b")).isEqualTo("a\u2003\u2003b");
  }

  @Test
  void givesWhatTheRegularExpressionGave() {
    char[] alphabet = {'a', 'Ж', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u2007',
        '\u202F', '\u2003', '\u0001', '\u001F', '.'};
    Random random = new Random(7);
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(9);
      for (int i = 0; i < length; i++) {
        b.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String text = b.toString();
      assertThat(Names.normalize(text)).as("%s", text.chars().boxed().toList())
          .isEqualTo(text.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").trim());
    }
  }
}
