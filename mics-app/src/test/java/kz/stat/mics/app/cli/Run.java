package kz.stat.mics.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** One run of the {@code mics} command in this JVM: its exit code, stdout and stderr. */
record Run(int code, String out, String err) {
  /** Output piped, in an English locale: whole cells, English labels. */
  static final Terminal PIPED_ENGLISH = new Terminal(Map.of("LANG", "en_US.UTF-8"), false);

  static Run of(String... args) {
    return in(PIPED_ENGLISH, args);
  }

  /** A run as if in {@code terminal}: its locale, its width. */
  static Run in(Terminal terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Mics.run(terminal, new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }
}
