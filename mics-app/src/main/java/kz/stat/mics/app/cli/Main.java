package kz.stat.mics.app.cli;

/** Entry point of the {@code mics} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Mics.run(args));
  }
}
