package kz.stat.mics.app;

/**
 * A web server over the use cases, found at run time through {@link java.util.ServiceLoader} so
 * that the command line does not depend on the module that implements it (mics-web).
 */
public interface WebServer {

  /** A server that is running; closing it stops it. */
  interface Running extends AutoCloseable {
    /** The port it listens on (the one asked for, or the one chosen when 0 was asked). */
    int port();

    @Override
    void close();
  }

  /**
   * Starts serving the use cases of {@code root} on {@code port} (0: any free port), on the
   * loopback interface only unless {@code host} says otherwise. The root stays open for the
   * server's whole life; the caller closes it after the server.
   */
  Running start(CompositionRoot root, String host, int port);
}
