package kz.stat.mics.io.table;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.port.PlanReader;
import kz.stat.mics.io.internal.DocumentBytes;
import kz.stat.mics.io.DocumentLimits;
import kz.stat.mics.io.internal.PlanTable;
import kz.stat.mics.io.internal.Problems;
import kz.stat.mics.io.internal.TableCell;
import kz.stat.mics.io.internal.TableRow;

/**
 * Reads a plan from the text that Word exports from its table: the title lines, then rows separated
 * by blank lines where each cell starts with a TAB (a line without one continues the cell above),
 * then the note with the abbreviations. See docs/formats.md.
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
    String text = DocumentBytes.utf8(source, DocumentBytes.readAll(source, in, limits));
    return read(source, text);
  }

  /** Reads the plan from text already in memory. */
  public ActionPlan read(String source, String text) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    List<String> title = new ArrayList<>();
    List<TableRow> rows = new ArrayList<>();
    List<TableRow> note = new ArrayList<>();
    List<TableCell> block = new ArrayList<>();
    // lines that continue the block's last cell, joined on when the block is next read: joining
    // each as it comes would copy the cell once per line
    List<String> continuation = new ArrayList<>();
    int blockLine = 0;
    boolean tableStarted = false;
    boolean inNote = false;
    boolean afterBlank = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int number = i + 1;
      boolean tabbed = line.startsWith("\t");
      // a line holding only a TAB is an empty cell, not the end of a row
      boolean blank = !tabbed && line.isBlank();
      if (!tableStarted && !tabbed) {
        if (!blank) {
          title.add(line);
        }
        continue;
      }
      tableStarted = true;
      if (blank) {
        afterBlank = true;
        continue;
      }
      if (afterBlank && !block.isEmpty() && !(tabbed && lonelyNumber(joined(block, continuation)) && !inNote
          && !startsWithNumber(line))) {
        (inNote ? note : rows).add(TableRow.of(joined(block, continuation), blockLine, ""));
        block = new ArrayList<>();
      }
      if (!tabbed && afterBlank && !inNote) {
        // a line without a TAB after a blank line: the table has ended, the note begins
        inNote = true;
        if (!block.isEmpty()) {
          rows.add(TableRow.of(joined(block, continuation), blockLine, ""));
          block = new ArrayList<>();
        }
      }
      afterBlank = false;
      if (inNote && !tabbed && !block.isEmpty() && block.get(0).column() == 1) {
        // the note written as plain lines, one entry a line
        note.add(TableRow.of(joined(block, continuation), blockLine, ""));
        block = new ArrayList<>();
      }
      if (tabbed || block.isEmpty()) {
        if (block.isEmpty()) {
          blockLine = number;
        }
        joined(block, continuation).add(new TableCell(tabbed ? line.substring(1) : line, number,
            tabbed ? 2 : 1));
      } else {
        continuation.add(line);
      }
    }
    if (!block.isEmpty()) {
      (inNote ? note : rows).add(TableRow.of(joined(block, continuation), blockLine, ""));
    }
    Problems problems = new Problems(source);
    return PlanTable.read(problems, title, rows, note);
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
