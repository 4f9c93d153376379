package kz.stat.mics.io.table;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.port.PlanDocument;
import kz.stat.mics.domain.port.PlanReader;
import kz.stat.mics.io.internal.DocumentBytes;
import kz.stat.mics.io.DocumentLimits;
import kz.stat.mics.io.internal.DocumentPart;
import kz.stat.mics.io.internal.PlanTable;
import kz.stat.mics.io.internal.Problems;
import kz.stat.mics.io.internal.TableCell;
import kz.stat.mics.io.internal.TableRow;

/**
 * Reads a plan from the text that Word exports from its table: the title lines, then rows separated
 * by blank lines where each cell starts with a TAB (a line without one continues the cell above),
 * then the note with the abbreviations. Lines that belong to none of these (an approval stamp, a
 * signature, a footnote marker, another table) are skipped and reported with the plan. See
 * docs/formats.md.
 */
public final class TablePlanReader implements PlanReader {
  private final DocumentLimits limits;

  public TablePlanReader() {
    this(DocumentLimits.defaults());
  }

  public TablePlanReader(DocumentLimits limits) {
    this.limits = checkNotNull(limits, "limits");
  }

  @Override
  public ActionPlan read(String source, InputStream in) {
    return readDocument(source, in).plan();
  }

  @Override
  public PlanDocument.Plan readDocument(String source, InputStream in) {
    String text = DocumentBytes.text(source, DocumentBytes.readAll(source, in, limits),
        "table text");
    return readDocument(source, text);
  }

  /** Reads the plan from text already in memory. */
  public ActionPlan read(String source, String text) {
    return readDocument(source, text).plan();
  }

  /** Reads the plan from text already in memory, with what was skipped as not part of it. */
  public PlanDocument.Plan readDocument(String source, String text) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    List<DocumentPart> parts = new ArrayList<>();
    List<TableRow> rows = new ArrayList<>();
    List<TableCell> block = new ArrayList<>();
    // lines that continue the block's last cell, joined on when the block is next read: joining
    // each line as it comes would copy the cell again for every line
    List<String> continuation = new ArrayList<>();
    int blockLine = 0;
    boolean afterBlank = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int number = i + 1;
      boolean tabbed = line.startsWith("\t");
      // a line holding only a TAB is an empty cell, not the end of a row
      boolean blank = !tabbed && line.isBlank();
      if (blank) {
        afterBlank = true;
        if (block.isEmpty()) {
          parts.add(new DocumentPart.Text(TableRow.of(List.of(), number, "")));
        }
        continue;
      }
      if (!tabbed && (afterBlank || block.isEmpty())) {
        // a line of its own outside any table: the title, the note, or something to skip
        endTable(parts, rows, joined(block, continuation), blockLine);
        block = new ArrayList<>();
        rows = new ArrayList<>();
        parts.add(new DocumentPart.Text(TableRow.of(List.of(new TableCell(line, number, 1)),
            number, "")));
        afterBlank = false;
        continue;
      }
      if (tabbed && afterBlank && !block.isEmpty() && !(lonelyNumber(joined(block, continuation))
          && !startsWithNumber(line))) {
        rows.add(TableRow.of(joined(block, continuation), blockLine, ""));
        block = new ArrayList<>();
      }
      afterBlank = false;
      if (tabbed) {
        if (block.isEmpty()) {
          blockLine = number;
        }
        joined(block, continuation).add(new TableCell(line.substring(1), number, 2));
      } else {
        continuation.add(line);
      }
    }
    endTable(parts, rows, joined(block, continuation), blockLine);
    Problems problems = new Problems(source);
    ActionPlan plan = PlanTable.read(problems, parts,
        "has no plan table (rows whose cells start with a TAB, the header row first)", limits);
    return PlanDocument.Plan.of(plan, problems.skipped());
  }

  /** Ends the rows read so far, the last one still in {@code block}, as one table. */
  private static void endTable(List<DocumentPart> parts, List<TableRow> rows,
      List<TableCell> block, int blockLine) {
    if (!block.isEmpty()) {
      rows.add(TableRow.of(block, blockLine, ""));
    }
    if (!rows.isEmpty()) {
      parts.add(DocumentPart.Table.of("line " + rows.get(0).line(), rows));
    }
  }

  /**
   * The block with the continuation lines joined onto its last cell by spaces, once per cell;
   * {@code continuation} is left empty.
   */
  private static List<TableCell> joined(List<TableCell> block, List<String> continuation) {
    if (!continuation.isEmpty()) {
      TableCell last = block.remove(block.size() - 1);
      StringBuilder text = new StringBuilder(last.text());
      for (String line : continuation) {
        text.append(' ').append(line);
      }
      block.add(new TableCell(text.toString(), last.line(), last.column()));
      continuation.clear();
    }
    return block;
  }

  /** A row of one cell holding only a number: its other cells are still to come (row 3.1). */
  private static boolean lonelyNumber(List<TableCell> block) {
    return block.size() == 1 && block.get(0).text().trim().matches("\\d+(\\.\\d+)*\\.?");
  }

  private static boolean startsWithNumber(String line) {
    return line.trim().matches("\\d+(\\.\\d+)*\\.?");
  }
}
