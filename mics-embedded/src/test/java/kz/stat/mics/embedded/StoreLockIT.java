package kz.stat.mics.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import kz.stat.mics.domain.port.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands take the store in the order they came, and one gives up only when the queue has not
 * moved for the wait limit, saying who holds the store and how many wait.
 */
class StoreLockIT {
  @TempDir
  Path dir;

  @Test
  void threadsTakeTheStoreInTheOrderTheyCame() throws Exception {
    List<Integer> order = new CopyOnWriteArrayList<>();
    StoreLock first = StoreLock.acquire(dir, Duration.ofSeconds(5));
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      int n = i;
      Thread t = new Thread(() -> {
        try {
          StoreLock lock = StoreLock.acquire(dir, Duration.ofSeconds(5));
          order.add(n);
          Thread.sleep(100);
          StoreLock.releaseQuietly(lock);
        } catch (Exception e) {
          order.add(-1);
        }
      });
      t.start();
      threads.add(t);
      Thread.sleep(150); // each takes its ticket before the next starts
    }
    StoreLock.releaseQuietly(first);
    for (Thread t : threads) {
      t.join();
    }
    assertThat(order).containsExactly(0, 1, 2, 3, 4, 5);
  }

  @Test
  void commandsInOtherProcessesAllGetTheirTurnWhileTheQueueMoves() throws Exception {
    // 6 commands holding the store for 1 s each: the last waits about 5 s in all, though no one
    // holds it for the 3 s limit.
    List<Process> children = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      children.add(new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"),
          Holder.class.getName(), dir.toString(), "3", "1000")
          .redirectErrorStream(true).start());
    }
    for (Process child : children) {
      assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
      String out = new String(child.getInputStream().readAllBytes());
      assertThat(child.exitValue()).as(out).isZero();
    }
  }

  @Test
  void aCommandGivesUpWhenTheHolderDoesNotLetGoAndSaysWhatHappens() throws Exception {
    StoreLock holder = StoreLock.acquire(dir, Duration.ofSeconds(5));
    try {
      long pid = ProcessHandle.current().pid();
      assertThatThrownBy(() -> StoreLock.acquire(dir, Duration.ofSeconds(1)))
          .isInstanceOf(StoreException.class)
          .hasMessageStartingWith("The store in " + dir + " is busy: the mics command in process "
              + pid + " has held it for ")
          .hasMessageContaining("no other command is queued ahead of this one")
          .hasMessageEndingWith("allow a longer wait (--lock-wait SECONDS).");
    } finally {
      StoreLock.releaseQuietly(holder);
    }
    StoreLock.releaseQuietly(StoreLock.acquire(dir, Duration.ZERO));
  }

  /** Takes the store's lock, holds it a while, lets go: a command in another process. */
  public static final class Holder {
    public static void main(String[] args) throws Exception {
      StoreLock lock = StoreLock.acquire(Path.of(args[0]),
          Duration.ofSeconds(Long.parseLong(args[1])));
      Thread.sleep(Long.parseLong(args[2]));
      StoreLock.releaseQuietly(lock);
    }
  }
}
