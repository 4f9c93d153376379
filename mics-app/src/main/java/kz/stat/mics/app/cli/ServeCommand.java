package kz.stat.mics.app.cli;

import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import kz.stat.mics.app.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mics serve}: the web app over the same store, until Ctrl-C or SIGTERM. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the plans as a web app (pages in kk, ru and en, and a JSON API under "
        + "/api) until stopped with Ctrl-C. Accounts come from 'mics users add'. The store is "
        + "opened once, for the server's whole life.",
    footer = {"", "Example:", "  mics serve --port 8080   # then open http://localhost:8080/"})
final class ServeCommand extends StoreCommand implements Callable<Integer> {

  @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
      description = "The port to listen on (default: 8080; 0 for any free one).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
      description = "The address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0 "
          + "for every interface, behind a TLS proxy).")
  String host;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw UserError.usage("--port: a port is 0 to 65535, not " + port);
    }
    WebServer server = ServiceLoader.load(WebServer.class).findFirst().orElseThrow(() ->
        UserError.usage("this build of mics has no web server (the mics-web module)"));
    // opens the store now, and once, shared with the commands run meanwhile on the same store:
    // a broken store fails before serving
    mics.workspace.servingRoot();
    CountDownLatch stopped = new CountDownLatch(1);
    WebServer.Running running = server.start(root(), host, port);
    Thread hook = new Thread(() -> {
      running.close();
      mics.workspace.close();
      stopped.countDown();
    }, "mics-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    err().printf("mics: serving %s on http://%s:%d/ (Ctrl-C stops)%n", root().describeStore(),
        host.contains(":") ? "[" + host + "]" : host, running.port());
    err().flush();
    stopped.await();
    return ExitCodes.OK;
  }
}
