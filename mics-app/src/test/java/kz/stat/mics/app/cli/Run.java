package kz.stat.mics.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the {@code mics} command in this JVM: its exit code, stdout and stderr. */
record Run(int code, String out, String err) {

  static Run of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Mics.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }
}
