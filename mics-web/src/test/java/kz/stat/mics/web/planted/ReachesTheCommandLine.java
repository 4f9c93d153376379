package kz.stat.mics.web.planted;

import picocli.CommandLine;

/** A planted violation: a page that runs a command. */
public final class ReachesTheCommandLine {
  public int run(Object command) {
    return new CommandLine(command).execute();
  }
}
