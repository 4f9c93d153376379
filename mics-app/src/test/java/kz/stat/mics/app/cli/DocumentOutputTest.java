package kz.stat.mics.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where {@code -o} writes: a regular file is replaced atomically, anything else (a device, a FIFO,
 * standard output) is written through, a symbolic link is followed and a missing folder is an
 * error.
 */
class DocumentOutputTest {
  static final String SEED = DocumentCommandsTest.SEED.toString();

  @TempDir
  Path dir;

  static Run convertTo(Path out) {
    return Run.of("convert", SEED, "--to", "json", "-o", out.toString());
  }

  /** A character device like /dev/null (1,3) or /dev/full (1,7), made in the test's folder. */
  Path device(String name, int minor) throws IOException, InterruptedException {
    Path node = dir.resolve(name);
    Process mknod = new ProcessBuilder("mknod", node.toString(), "c", "1", Integer.toString(minor))
        .redirectErrorStream(true).start();
    assumeTrue(mknod.waitFor() == 0, "mknod needs root");
    return node;
  }

  static boolean isCharacterDevice(Path p) throws IOException {
    return Files.readAttributes(p, "unix:mode", LinkOption.NOFOLLOW_LINKS).get("mode") instanceof Integer m
        && (m & 0170000) == 0020000;
  }

  @Test
  void aNullDeviceIsWrittenThroughAndStaysADevice() throws Exception {
    Path nul = device("null", 3);
    Run run = convertTo(nul);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(isCharacterDevice(nul)).isTrue();
    assertThat(Files.isRegularFile(nul)).isFalse();
  }

  @Test
  void aFullDeviceExitsSeventyFourSayingTheDiskIsFull() throws Exception {
    Path full = device("full", 7);
    Run run = convertTo(full);
    assertThat(run.code()).isEqualTo(ExitCodes.IO);
    assertThat(run.err()).isEqualTo("mics: " + full + ": No space left on device\n");
    assertThat(isCharacterDevice(full)).isTrue();
  }

  @Test
  void aFifoIsWrittenAsAStream() throws Exception {
    Path fifo = dir.resolve("fifo");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo is missing");
    CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readAllBytes(fifo);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    Run run = convertTo(fifo);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(new String(read.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8))
        .contains("\"format\": \"mics-plan\"");
    assertThat(Files.isRegularFile(fifo)).isFalse();
  }

  @Test
  void aDashMeansStandardOutput() {
    Run run = Run.of("convert", SEED, "--to", "json", "-o", "-");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"format\": \"mics-plan\"");
    assertThat(Path.of("-")).doesNotExist();
  }

  @Test
  void aSymbolicLinkStaysALinkAndItsTargetGetsTheContent() throws IOException {
    Path target = Files.writeString(dir.resolve("target.json"), "old");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("target.json"));
    Run run = convertTo(link);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(target)).contains("\"format\": \"mics-plan\"");
    assertThat(Files.getPosixFilePermissions(target))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
  }

  @Test
  void aDanglingLinkCreatesItsTarget() throws IOException {
    Files.createDirectory(dir.resolve("real"));
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real", "new.json"));
    Run run = convertTo(link);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(dir.resolve("real").resolve("new.json")))
        .contains("\"format\": \"mics-plan\"");
  }

  @Test
  void aRegularFileIsReplacedKeepingItsPermissionsAndLeavesNoTemporaryFile() throws IOException {
    Path out = Files.writeString(dir.resolve("plan.json"), "old");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));
    Run run = convertTo(out);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readString(out)).contains("\"format\": \"mics-plan\"");
    assertThat(Files.getPosixFilePermissions(out))
        .isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void aMissingFolderExitsSeventyFourAndIsNotCreated() {
    Path out = dir.resolve("nowhere").resolve("plan.json");
    Run run = convertTo(out);
    assertThat(run.code()).isEqualTo(ExitCodes.IO);
    assertThat(run.err()).isEqualTo("mics: " + out.getParent() + ": no such folder\n");
    assertThat(out.getParent()).doesNotExist();
  }

  @Test
  void aFolderIsNotAnOutputFile() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("folder"));
    Run run = convertTo(folder);
    assertThat(run.code()).isEqualTo(ExitCodes.IO);
    assertThat(run.err()).isEqualTo("mics: " + folder + ": is a folder, not a file\n");
  }
}
