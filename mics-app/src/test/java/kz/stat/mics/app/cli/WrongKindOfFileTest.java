package kz.stat.mics.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that is not what its name or --from says is called what it is, in one line. */
class WrongKindOfFileTest {
  @TempDir
  Path dir;

  /** The start of a Word document: a zip archive with the parts Word writes first. */
  static byte[] wordDocument() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<?xml version=\"1.0\"?><Types/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  static final byte[] PDF = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
      .getBytes(StandardCharsets.ISO_8859_1);

  Run validate(String name, byte[] content, String... more) throws IOException {
    Path file = Files.write(dir.resolve(name), content);
    String[] args = new String[2 + more.length];
    args[0] = "validate";
    args[1] = file.toString();
    System.arraycopy(more, 0, args, 2, more.length);
    return Run.of(args);
  }

  @Test
  void aWordDocumentNamedJsonIsCalledAWordDocument() throws IOException {
    Run run = validate("plan.json", wordDocument());
    assertThat(run.code()).isEqualTo(ExitCodes.DATA);
    assertThat(run.err()).isEqualTo(dir.resolve("plan.json") + ": is a Word document (DOCX), not "
        + "JSON; name it .docx or pass --from docx\n");
  }

  @Test
  void aWordDocumentReadAsCsvOrTableTextIsCalledAWordDocument() throws IOException {
    assertThat(validate("plan.csv", wordDocument()).err())
        .isEqualTo(dir.resolve("plan.csv") + ": is a Word document (DOCX), not CSV; name it "
            + ".docx or pass --from docx\n");
    assertThat(validate("plan.txt", wordDocument()).err())
        .isEqualTo(dir.resolve("plan.txt") + ": is a Word document (DOCX), not table text; name "
            + "it .docx or pass --from docx\n");
  }

  @Test
  void aPdfIsCalledAPdfWhateverItsName() throws IOException {
    Run txt = validate("plan.txt", PDF);
    assertThat(txt.code()).isEqualTo(ExitCodes.DATA);
    assertThat(txt.err()).isEqualTo(dir.resolve("plan.txt") + ": is a PDF document, not table "
        + "text; mics reads the plan from the Word document (.docx) or its text export (.txt)\n");
    Run unnamed = validate("plan.pdf", PDF);
    assertThat(unnamed.code()).isEqualTo(ExitCodes.DATA);
    assertThat(unnamed.err()).isEqualTo(dir.resolve("plan.pdf") + ": is a PDF document, not a "
        + "plan document; mics reads the plan from the Word document (.docx) or its text export "
        + "(.txt)\n");
  }

  @Test
  void anyOtherBinaryGivenAsTextIsCalledBinary() throws IOException {
    Run run = validate("plan.csv", new byte[] {'#', 'f', 0, 0, 1, 2, (byte) 0x89, 'P', 'N', 'G'});
    assertThat(run.code()).isEqualTo(ExitCodes.DATA);
    assertThat(run.err()).isEqualTo(dir.resolve("plan.csv") + ": is a binary file, not CSV\n");
  }

  @Test
  void aJsonSyntaxErrorIsOneLineWithoutJacksonsSourceNote() throws IOException {
    Run run = validate("plan.json", "{\"format\": \"mics-plan\", \"version\": 1, \"title\": }"
        .getBytes(StandardCharsets.UTF_8));
    assertThat(run.code()).isEqualTo(ExitCodes.DATA);
    assertThat(run.err()).startsWith(dir.resolve("plan.json") + ":1:").contains("is not valid JSON")
        .doesNotContain("Source:").doesNotContain("REDACTED").hasLineCount(1);
  }

  /** A file that is not there is named before the store is reached: no server is started for it. */
  @Test
  void aFileThatIsNotThereIsNamedBeforeTheStoreIsReached() {
    Path missing = dir.resolve("no-such-plan.json");
    // a store no one serves: reaching it would fail otherwise
    Run run = Run.of("--db", "jdbc:postgresql://127.0.0.1:1/none?user=nobody&connectTimeout=2",
        "import", missing.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.IO);
    assertThat(run.err()).isEqualTo("mics: " + missing + ": no such file\n");
  }
}
