package kz.stat.mics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.port.PlanDocumentException;
import kz.stat.mics.io.table.TablePlanReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DocumentsTest {
  private final Documents documents = new Documents();

  @TempDir
  Path dir;

  private static ActionPlan seed() {
    return new TablePlanReader().read("seed.txt", new ByteArrayInputStream(
        SeedDocuments.seedText()));
  }

  private Path write(ActionPlan plan, DocumentFormat format, String name) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      documents.writer(format, WriteOptions.defaults().withCsvSeparator(';')).write(plan, out);
    }
    return file;
  }

  @ParameterizedTest
  // a calendar is written only: ForeignSchedulesTest sees it refused as a plan
  @EnumSource(value = DocumentFormat.class, mode = EnumSource.Mode.EXCLUDE, names = "ICS")
  void everyFormatOfTheSeedReadsBackAsTheSamePlan(DocumentFormat format) throws IOException {
    ActionPlan plan = seed();
    Path file = write(plan, format, "plan." + format.name().toLowerCase(java.util.Locale.ROOT));
    assertThat(documents.read(file)).isEqualTo(plan);
  }

  @ParameterizedTest
  @EnumSource(value = DocumentFormat.class, mode = EnumSource.Mode.EXCLUDE, names = "ICS")
  void guessesTheFormatFromTheContentWhenTheNameHasNoExtension(DocumentFormat format)
      throws IOException {
    ActionPlan plan = seed();
    Path file = write(plan, format, "plan-without-extension");
    byte[] head = Files.readAllBytes(file);
    assertThat(DocumentFormat.guess("plan-without-extension", head)).contains(format);
    assertThat(documents.read(file)).isEqualTo(plan);
  }

  @Test
  void guessesByExtensionFirst() {
    byte[] zip = {'P', 'K', 3, 4};
    assertThat(DocumentFormat.guess("plan.TSV", zip)).contains(DocumentFormat.TABLE);
    assertThat(DocumentFormat.guess("plan.txt", null)).contains(DocumentFormat.TABLE);
    assertThat(DocumentFormat.guess("plan.docx", null)).contains(DocumentFormat.DOCX);
    assertThat(DocumentFormat.guess("plan.Json", null)).contains(DocumentFormat.JSON);
    assertThat(DocumentFormat.guess("plan.csv", null)).contains(DocumentFormat.CSV);
    assertThat(DocumentFormat.guess("plan", "hello".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void refusesAFileOverTheLimitBeforeReadingItAndSaysTheLimit() throws IOException {
    Path file = dir.resolve("big.json");
    Files.write(file, new byte[3 * 1024]);
    assertThatThrownBy(() -> new Documents(DocumentLimits.ofBytes(2048)).read(file))
        .isInstanceOf(PlanDocumentException.class)
        .hasMessage(file + ": is larger than the limit of 2 KB (a plan document is far smaller;"
            + " raise the limit if this file is really a plan)");
  }

  @Test
  void saysAnEmptyFileIsEmpty() throws IOException {
    Path file = Files.createFile(dir.resolve("plan.csv"));
    assertThatThrownBy(() -> documents.read(file)).hasMessage(file + ": is empty");
  }

  @Test
  void saysAMissingFileIsMissing() {
    Path file = dir.resolve("nowhere.json");
    assertThatThrownBy(() -> documents.read(file)).isInstanceOf(PlanDocumentException.class)
        .hasMessage(file + ": no such file");
  }

  @Test
  void saysWhichNamesItKnowsWhenItCannotTellTheFormat() throws IOException {
    Path file = Files.writeString(dir.resolve("plan.bin"), "hello");
    assertThatThrownBy(() -> documents.read(file)).hasMessage(file + ": is of no known plan "
        + "format: name it .txt (the Word table's text export), .docx, .json, .csv, .xlsx, or a "
        + "project schedule's own extension (.mpp, .xml, .xer ...)");
  }
}
