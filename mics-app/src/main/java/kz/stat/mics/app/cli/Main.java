package kz.stat.mics.app.cli;

/** Entry point of the {@code mics} command. */
public final class Main {
  private Main() {}

  /** Held so that the setting stays: PgJDBC's own warnings would otherwise reach stderr raw. */
  private static final java.util.logging.Logger DRIVER_LOG =
      java.util.logging.Logger.getLogger("org.postgresql");

  public static void main(String[] args) {
    DRIVER_LOG.setLevel(java.util.logging.Level.OFF);
    System.exit(Mics.run(args));
  }
}
