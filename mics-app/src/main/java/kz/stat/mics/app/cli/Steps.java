package kz.stat.mics.app.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for a command of several steps, shown only when stderr is a terminal;
 * piped or redirected, it prints nothing.
 */
final class Steps implements AutoCloseable {
  private final ProgressBar bar;

  private Steps(ProgressBar bar) {
    this.bar = bar;
  }

  static Steps start(String task, int steps) {
    boolean terminal = System.console() != null && System.getenv("MICS_NO_PROGRESS") == null;
    if (!terminal) {
      return new Steps(null);
    }
    return new Steps(new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(steps)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
        .hideEta()
        .build());
  }

  /** Marks the start of a step. */
  void step(String name) {
    if (bar != null) {
      bar.setExtraMessage(name);
    }
  }

  /** Marks a step done. */
  void done() {
    if (bar != null) {
      bar.step();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
