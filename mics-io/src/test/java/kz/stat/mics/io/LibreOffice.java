package kz.stat.mics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice run headless on a private profile, as a user's office suite opens and saves a file;
 * a program of poppler's beside it. Outside CI a missing program skips the test; in CI it fails it.
 */
public final class LibreOffice {
  private static final long TIMEOUT_SECONDS = 180;

  private final Path soffice;
  private final Path dir;

  private LibreOffice(Path soffice, Path dir) {
    this.soffice = soffice;
    this.dir = dir;
  }

  /** LibreOffice with its profile and logs in {@code dir}. */
  public static LibreOffice in(Path dir) {
    return new LibreOffice(program("LibreOffice (soffice)", "/usr/bin/soffice",
        "/usr/lib/libreoffice/program/soffice"), dir);
  }

  /** An installed program at one of {@code paths}, required in CI. */
  public static Path program(String what, String... paths) {
    Path found = List.of(paths).stream().map(Path::of).filter(Files::isExecutable).findFirst()
        .orElse(null);
    if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
      assumeTrue(found != null, what + " is not installed");
    }
    assertThat(found).as(what + " must be installed in CI").isNotNull();
    return found;
  }

  /**
   * Converts {@code in} to {@code to} ("xlsx", "pdf", a filter spec "csv:...") in {@code outDir},
   * LibreOffice set to {@code locale} ("kk-KZ", "ru-RU", "en-US": its profile's locale setting, and
   * LANG and LC_ALL), and returns the file written.
   */
  public Path convert(Path in, String to, Path outDir, String locale)
      throws IOException, InterruptedException {
    Files.createDirectories(outDir);
    Path profile = dir.resolve("profile-" + locale);
    Path settings = profile.resolve("user").resolve("registrymodifications.xcu");
    if (!Files.exists(settings)) {
      Files.createDirectories(settings.getParent());
      Files.writeString(settings, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" "
          + "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
          + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
          + "<item oor:path=\"/org.openoffice.Setup/L10N\"><prop oor:name=\"ooSetupSystemLocale\" "
          + "oor:op=\"fuse\"><value>" + locale + "</value></prop></item>\n"
          + "</oor:items>\n");
    }
    String posix = locale.replace('-', '_') + ".UTF-8";
    Map<String, String> env = Map.of("LANG", posix, "LC_ALL", posix);
    List<String> command = new ArrayList<>(List.of(soffice.toString(),
        "-env:UserInstallation=" + profile.toUri(),
        "--headless", "--norestore", "--convert-to", to, "--outdir", outDir.toString(),
        in.toString()));
    Path log = dir.resolve("soffice.log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().putAll(env);
    Process p = builder.start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("soffice did not finish in " + TIMEOUT_SECONDS + " s: "
          + Files.readString(log));
    }
    String name = in.getFileName().toString();
    String extension = to.contains(":") ? to.substring(0, to.indexOf(':')) : to;
    Path out = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
    assertThat(out).as("soffice wrote %s (exit %d): %s", out, p.exitValue(),
        Files.readString(log)).exists();
    return out;
  }
}
