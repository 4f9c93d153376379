package kz.stat.mics.io.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.port.PlanDocumentException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DocxPlanReaderTest {
  private final DocxPlanReader reader = new DocxPlanReader();

  private ActionPlan read(byte[] docx) {
    return reader.read("plan.docx", new ByteArrayInputStream(docx));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void readsTheSeedFromAWordTableWithMergedRowsAndMultiParagraphCells(boolean noteAsTable) {
    assertThat(read(SeedDocx.build(noteAsTable))).isEqualTo(SeedPlan.plan());
  }

  @Test
  void saysADamagedDocumentIsDamaged() {
    byte[] docx = SeedDocx.build(false);
    byte[] truncated = Arrays.copyOf(docx, docx.length / 2);
    assertThatThrownBy(() -> read(truncated)).isInstanceOf(PlanDocumentException.class)
        .hasMessageStartingWith("plan.docx: is not a Word document or is damaged");
  }

  /** A document whose XML is cut off is damaged, in the words of the reader, not its classes. */
  @Test
  void saysWhyADocumentWithBrokenXmlIsDamagedWithoutJavaClassNames() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(SeedDocx.build(false)));
        var zip = new java.util.zip.ZipOutputStream(out)) {
      for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals("word/document.xml")) {
          content = Arrays.copyOf(content, content.length / 2);
        }
        zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
        zip.write(content);
        zip.closeEntry();
      }
    }
    assertThatThrownBy(() -> read(out.toByteArray())).isInstanceOf(PlanDocumentException.class)
        .hasMessageStartingWith("plan.docx: is not a Word document or is damaged (")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("org.", "Exception", "\n"));
  }

  @Test
  void saysAFileThatIsNotAZipIsNotAWordDocument() {
    assertThatThrownBy(() -> read("just text".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isInstanceOf(PlanDocumentException.class)
        .hasMessageStartingWith("plan.docx: is not a Word document or is damaged");
  }

  @Test
  void refusesADocumentThatWouldExpandBeyondItsLimitBeforeBuildingIt() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 65; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(bytes.size()).isLessThan(1024 * 1024);
    assertThatThrownBy(() -> read(bytes.toByteArray())).isInstanceOf(PlanDocumentException.class)
        .hasMessage("plan.docx: expands to more than 64 MB when unpacked (at word/document.xml); "
            + "a plan's table is far smaller, so this is not read");
  }

  @Test
  void saysWhenTheFileIsEmpty() {
    assertThatThrownBy(() -> read(new byte[0])).hasMessage("plan.docx: is empty");
  }
}
