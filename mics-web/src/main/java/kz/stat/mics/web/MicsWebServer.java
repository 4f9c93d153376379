package kz.stat.mics.web;

import java.util.Map;
import kz.stat.mics.app.CompositionRoot;
import kz.stat.mics.app.WebServer;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The web server that {@code mics serve} finds through {@link java.util.ServiceLoader}: a Spring
 * Boot application over one {@link CompositionRoot}, which the caller opened and closes.
 */
public final class MicsWebServer implements WebServer {
  /** System property: how long a session may stay idle, as a Spring duration (default 30m). */
  public static final String IDLE = "mics.web.idle";
  /** Tomcat's and Spring's start-up lines go nowhere; warnings still reach stderr. */
  private static final java.util.List<java.util.logging.Logger> QUIET = java.util.stream.Stream.of(
      "org.apache", "org.springframework").map(java.util.logging.Logger::getLogger).toList();

  static {
    QUIET.forEach(l -> l.setLevel(java.util.logging.Level.WARNING));
  }

  @Override
  public Running start(CompositionRoot root, String host, int port) {
    SpringApplication app = new SpringApplication(WebApp.class);
    app.setBannerMode(Banner.Mode.OFF);
    app.setLogStartupInfo(false);
    app.setRegisterShutdownHook(false);
    app.setDefaultProperties(Map.ofEntries(
        Map.entry("server.port", Integer.toString(port)),
        Map.entry("server.address", host),
        Map.entry("server.error.whitelabel.enabled", "false"),
        Map.entry("server.error.include-stacktrace", "never"),
        Map.entry("server.error.include-message", "never"),
        Map.entry("server.servlet.session.cookie.http-only", "true"),
        Map.entry("server.servlet.session.cookie.same-site", "strict"),
        Map.entry("server.servlet.session.tracking-modes", "cookie"),
        Map.entry("server.shutdown", "graceful"),
        Map.entry("spring.jmx.enabled", "false"),
        // Boot resets java.util.logging, which Tomcat logs through here: warnings only.
        Map.entry("logging.level.root", "warn"),
        Map.entry("spring.main.lazy-initialization", "false"),
        Map.entry("spring.mvc.problemdetails.enabled", "false"),
        Map.entry("spring.servlet.multipart.max-file-size", "20MB"),
        Map.entry("spring.servlet.multipart.max-request-size", "21MB"),
        Map.entry("mics.web.idle", System.getProperty(IDLE, "30m"))));
    app.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("compositionRoot", root));
    ConfigurableApplicationContext context = app.run();
    int actual = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    return new Running() {
      @Override
      public int port() {
        return actual;
      }

      @Override
      public void close() {
        context.close();
      }
    };
  }
}
