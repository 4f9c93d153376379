package kz.stat.mics.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import kz.stat.mics.domain.fixtures.SeedPlan;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Precedence;
import kz.stat.mics.domain.port.PlanDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A plan written as CSV, opened in a spreadsheet (LibreOffice, Excel) and saved again without a
 * change, reads back as the same plan.
 */
class CsvSpreadsheetResaveTest {
  private static final ActionPlan PLAN = SeedPlan.plan()
      .withPrecedences(List.of(Precedence.of("11.2", "11.3")));
  private static final Pattern NUMBER = Pattern.compile("[0-9]+");

  private final CsvPlanReader reader = new CsvPlanReader();

  /** How a spreadsheet saves a sheet as CSV. */
  private record Saving(char separator, String lineEnd, boolean bom, boolean padRows,
      Predicate<String> quoted) {
    static Saving plain() {
      return new Saving(',', "\r\n", false, false, cell -> false);
    }

    Saving separator(char value) {
      return new Saving(value, lineEnd, bom, padRows, quoted);
    }

    Saving lineEnd(String value) {
      return new Saving(separator, value, bom, padRows, quoted);
    }

    Saving bom(boolean value) {
      return new Saving(separator, lineEnd, value, padRows, quoted);
    }

    Saving paddingRows() {
      return new Saving(separator, lineEnd, bom, true, quoted);
    }

    Saving quoting(Predicate<String> value) {
      return new Saving(separator, lineEnd, bom, padRows, value);
    }

    /** The rows as the spreadsheet writes them. */
    byte[] save(List<List<String>> rows) {
      int width = rows.stream().mapToInt(List::size).max().orElse(0);
      StringBuilder b = new StringBuilder(bom ? "\uFEFF" : "");
      for (List<String> row : rows) {
        List<String> cells = new ArrayList<>(row);
        while (padRows && cells.size() < width) {
          cells.add("");
        }
        for (int i = 0; i < cells.size(); i++) {
          String cell = cells.get(i);
          boolean quote = quoted.test(cell) || cell.indexOf(separator) >= 0
              || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
          b.append(i == 0 ? "" : String.valueOf(separator))
              .append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        b.append(lineEnd);
      }
      return b.toString().getBytes(StandardCharsets.UTF_8);
    }
  }

  /** The cells of the plan's CSV as the spreadsheet sees them on opening the file. */
  private static List<List<String>> sheet() {
    byte[] csv = CsvPlanRoundTripTest.write(PLAN, new CsvPlanWriter(',', true));
    CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    try (MappingIterator<List<String>> rows = mapper.readerFor(
        new TypeReference<List<String>>() {}).with(CsvSchema.emptySchema()).readValues(csv)) {
      return rows.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ActionPlan read(byte[] csv) {
    return reader.read("resaved.csv", new ByteArrayInputStream(csv));
  }

  @Test
  void theSheetHoldsTheMetadataRowsTheHeaderAndEveryActivity() {
    List<List<String>> sheet = sheet();
    assertThat(sheet).hasSize(4 + 11 + 15 + 1 + 1 + 47);
    assertThat(sheet.get(0)).containsExactly("#format", "mics-plan", "1");
    assertThat(sheet.get(3)).containsExactly("#period", "2023", "2025");
    assertThat(sheet.get(30)).containsExactly("#precedence", "'11.2", "'11.3");
    assertThat(sheet.get(31)).hasSize(12).startsWith("section", "code", "title");
  }

  @Test
  void readsRowsPaddedWithEmptyCellsToTheWidestRow() {
    byte[] csv = Saving.plain().paddingRows().save(sheet());
    assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith(
        "#format,mics-plan,1,,,,,,,,,\r\n#title,2023-2025 жж.арналған");
    assertThat(read(csv)).isEqualTo(PLAN);
  }

  @Test
  void readsSemicolonSeparatedRows() {
    byte[] csv = Saving.plain().separator(';').save(sheet());
    assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("#format;mics-plan;1\r\n");
    assertThat(read(csv)).isEqualTo(PLAN);
  }

  @ParameterizedTest
  @CsvSource({"CRLF", "LF"})
  void readsEitherLineEnd(String lineEnd) {
    byte[] csv = Saving.plain().lineEnd(lineEnd.equals("CRLF") ? "\r\n" : "\n").save(sheet());
    assertThat(read(csv)).isEqualTo(PLAN);
  }

  @ParameterizedTest
  @CsvSource({"true", "false"})
  void readsWithOrWithoutAByteOrderMark(boolean bom) {
    byte[] csv = Saving.plain().bom(bom).save(sheet());
    assertThat(csv[0] == (byte) 0xEF).isEqualTo(bom);
    assertThat(read(csv)).isEqualTo(PLAN);
  }

  @Test
  void readsQuotedNumbers() {
    byte[] csv = Saving.plain().quoting(cell -> NUMBER.matcher(cell).matches()).save(sheet());
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("#format,mics-plan,\"1\"\r\n").contains("#period,\"2023\",\"2025\"")
        .contains("\r\n\"1\",'1.1,");
    assertThat(read(csv)).isEqualTo(PLAN);
  }

  @Test
  void readsEveryCellQuoted() {
    byte[] csv = Saving.plain().quoting(cell -> true).save(sheet());
    assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith(
        "\"#format\",\"mics-plan\",\"1\"\r\n");
    assertThat(read(csv)).isEqualTo(PLAN);
  }

  @Test
  void readsWhatExcelSavesAsCsvUtf8InALocaleWithADecimalComma() {
    byte[] csv = Saving.plain().separator(';').bom(true).paddingRows()
        .quoting(cell -> NUMBER.matcher(cell).matches()).save(sheet());
    assertThat(read(csv)).isEqualTo(PLAN);
  }

  @Test
  void stillRefusesAMetadataRowWithAnotherValueAfterItsOwn() {
    String csv = "#format,mics-plan,1,,,\n#title,Plan,x,\n#language,en\n#period,2024,2025\n"
        + "section,code,title,,\n";
    assertThat(catchThrowableOfType(PlanDocumentException.class, () -> read(csv.getBytes(
        StandardCharsets.UTF_8))).problems()).extracting(Object::toString).containsExactly(
            "resaved.csv:2: #title: expected 1 value after it, found 3");
  }
}
