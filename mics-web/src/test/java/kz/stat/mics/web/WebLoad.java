package kz.stat.mics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import kz.stat.mics.domain.account.Account;
import kz.stat.mics.domain.account.Role;
import kz.stat.mics.domain.plan.PlanKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load run on loopback, never part of the default build (its name ends in neither Test
 * nor IT): 50 signed-in users for 60 seconds, each viewing the plan page and the activity page and
 * recording progress on a few overlapping activities. Run it with
 * {@code ./mvnw -o verify -pl mics-web -am -Dit.test=WebLoad -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}; it prints requests per second, p50, p99 and errors,
 * and checks that the events stored equal the successful recordings.
 */
class WebLoad {
  static final int USERS = Integer.getInteger("mics.load.users", 50);
  static final int SECONDS = Integer.getInteger("mics.load.seconds", 60);
  /** Activities of ХСД that every editor records on, so that writers meet. */
  static final List<String> SHARED = List.of("11.2", "11.3", "11.5");

  @TempDir
  Path dir;

  @Test
  void fiftyUsersForAMinute() throws Exception {
    try (Bureau bureau = Bureau.open(dir, true)) {
      for (int i = 0; i < USERS; i++) {
        bureau.root.accounts().add(Bureau.OPERATOR, Account.of("user" + i, Role.EDITOR,
            List.of("ХСД")), Bureau.PASSWORD);
      }
      List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
      AtomicLong errors = new AtomicLong();
      AtomicLong serverErrors = new AtomicLong();
      AtomicLong recorded = new AtomicLong();
      java.util.concurrent.ConcurrentHashMap<Integer, AtomicLong> statuses =
          new java.util.concurrent.ConcurrentHashMap<>();
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
      ExecutorService pool = Executors.newFixedThreadPool(USERS);
      for (int i = 0; i < USERS; i++) {
        String name = "user" + i;
        pool.submit(() -> {
          Browser b = new Browser(bureau.base);
          b.signIn(name, Bureau.PASSWORD);
          b.get("/"); // signing in starts a new session, with a CSRF token of its own
          ThreadLocalRandom random = ThreadLocalRandom.current();
          while (System.nanoTime() < end) {
            String code = SHARED.get(random.nextInt(SHARED.size()));
            int kind = random.nextInt(10);
            long start = System.nanoTime();
            HttpResponse<String> r;
            try {
              if (kind < 4) {
                r = b.get("/plans/" + Bureau.PLAN);
              } else if (kind < 7) {
                r = b.get("/plans/" + Bureau.PLAN + "/activities/" + code);
              } else {
                r = b.post("/plans/" + Bureau.PLAN + "/activities/" + code + "/progress",
                    Map.of("status", kind == 9 ? "done" : "in-progress", "note", name));
              }
            } catch (RuntimeException e) {
              errors.incrementAndGet();
              continue;
            }
            latencies.add(System.nanoTime() - start);
            statuses.computeIfAbsent(r.statusCode(), k -> new AtomicLong()).incrementAndGet();
            if (r.statusCode() >= 500) {
              serverErrors.incrementAndGet();
            }
            if (r.statusCode() != 200) {
              errors.incrementAndGet();
            } else if (kind >= 7) {
              recorded.incrementAndGet();
            }
          }
          return null;
        });
      }
      pool.shutdown();
      assertThat(pool.awaitTermination(SECONDS + 60, TimeUnit.SECONDS)).isTrue();
      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      long stored = bureau.root.catalog().progress(PlanKey.of(Bureau.PLAN), Optional.empty())
          .events().size();
      String report = String.format("users=%d seconds=%d requests=%d requests/s=%.1f p50=%.1f ms"
              + " p99=%.1f ms errors=%d server-errors=%d recorded=%d events-stored=%d statuses=%s%n",
          USERS, SECONDS, sorted.size(), sorted.size() / (double) SECONDS,
          sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6,
          errors.get(), serverErrors.get(), recorded.get(), stored, statuses);
      System.out.print(report);
      Files.writeString(Path.of("target", "web-load.txt"), report);
      assertThat(serverErrors.get()).isZero();
      assertThat(stored).isEqualTo(recorded.get());
    }
  }
}
