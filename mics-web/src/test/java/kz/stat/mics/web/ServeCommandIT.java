package kz.stat.mics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mics serve} as a user runs it, from the jar that {@code ./mics} runs: a subcommand of the
 * same command, serving until SIGTERM, then stopping the embedded PostgreSQL with it; meanwhile
 * another command on the same store uses the server's PostgreSQL instead of waiting.
 */
class ServeCommandIT {
  @TempDir
  Path dir;

  @Test
  void serveAnswersUntilTerminatedAndStopsTheStoreWithIt() throws Exception {
    Path jar = Path.of("target", "mics.jar").toAbsolutePath();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path store = dir.resolve("store");
    Process add = new ProcessBuilder(java, "-jar", jar.toString(), "--data-dir", store.toString(),
        "users", "add", "admin", "--role", "admin", "--password-stdin").start();
    add.getOutputStream().write("correct horse\n".getBytes(StandardCharsets.UTF_8));
    add.getOutputStream().close();
    assertThat(add.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(new String(add.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo("added admin (admin)\n");

    Process serve = new ProcessBuilder(java, "-jar", jar.toString(), "--data-dir",
        store.toString(), "serve", "--port", "0").start();
    try {
      BufferedReader err = new BufferedReader(new InputStreamReader(serve.getErrorStream(),
          StandardCharsets.UTF_8));
      String line = err.readLine();
      assertThat(line).startsWith("mics: serving embedded PostgreSQL in ");
      Matcher port = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(line);
      assertThat(port.find()).isTrue();
      HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + port.group(1) + "/login")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).isEqualTo(200);
      assertThat(Files.exists(store.resolve("pgdata").resolve("postmaster.pid"))).isTrue();

      // another command on the same store does not wait for the server: it uses its PostgreSQL
      Process users = new ProcessBuilder(java, "-jar", jar.toString(), "--data-dir",
          store.toString(), "--lock-wait", "0", "users", "list").start();
      assertThat(users.waitFor(120, TimeUnit.SECONDS)).isTrue();
      String listed = new String(users.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(users.exitValue())
          .as(listed + new String(users.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
          .isZero();
      assertThat(listed).contains("admin");

      serve.destroy(); // SIGTERM
      assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(Files.exists(store.resolve("pgdata").resolve("postmaster.pid"))).isFalse();
    } finally {
      serve.destroyForcibly();
    }
  }
}
