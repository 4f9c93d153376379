package kz.stat.mics.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import kz.stat.mics.app.CompositionRoot;
import kz.stat.mics.app.WebServer;
import kz.stat.mics.domain.account.Account;
import kz.stat.mics.domain.account.Actor;
import kz.stat.mics.domain.account.Role;
import kz.stat.mics.domain.port.DocumentSource;

/**
 * A bureau for the web tests: a store of its own on the embedded PostgreSQL, the four
 * accounts of the scenarios, and a server on a random loopback port.
 */
final class Bureau implements AutoCloseable {
  static final Path SEED = Path.of("..", "examples", "mics-2023-2025.kk.txt");
  static final String PLAN = "mics-2023-2025.kk";
  /** Passwords of the test accounts: long enough, and never used anywhere else. */
  static final String PASSWORD = "test password 1";
  static final Actor OPERATOR = Actor.operator("tests");

  final CompositionRoot root;
  final WebServer.Running server;
  final String base;

  private Bureau(CompositionRoot root, WebServer.Running server) {
    this.root = root;
    this.server = server;
    this.base = "http://127.0.0.1:" + server.port();
  }

  /** A new store with the accounts admin, viewer, ainur (editor of ХСД), bolat (of СТЖД). */
  static Bureau open(Path dir, boolean importSeed) {
    CompositionRoot root = CompositionRoot.of(Optional.empty(), dir.resolve("store"),
        Duration.ofSeconds(60));
    add(root, "admin", Role.ADMIN);
    add(root, "viewer", Role.VIEWER);
    add(root, "ainur", Role.EDITOR, "ХСД");
    add(root, "bolat", Role.EDITOR, "СТЖД");
    if (importSeed) {
      root.importer().importDocument(OPERATOR, document(PLAN + ".txt", seed()),
          Optional.empty());
    }
    return new Bureau(root, new MicsWebServer().start(root, "127.0.0.1", 0));
  }

  /** Another server on the same store (for a short idle time, say). */
  WebServer.Running another() {
    return new MicsWebServer().start(root, "127.0.0.1", 0);
  }

  static void add(CompositionRoot root, String name, Role role, String... executors) {
    root.accounts().add(OPERATOR, Account.of(name, role, List.of(executors)), PASSWORD);
  }

  static String seed() {
    try {
      return Files.readString(SEED, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DocumentSource document(String name, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return DocumentSource.of(name, () -> new java.io.ByteArrayInputStream(bytes));
  }

  @Override
  public void close() {
    server.close();
    root.close();
  }
}
