package kz.stat.mics.io.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * One row of a plan table: its cells, the line it starts on (0 when the document has no lines) and
 * how a message names it ("table row 5" in a Word document, empty in a text file).
 */
public record TableRow(ImmutableList<TableCell> cells, int line, String place) {
  public TableRow {
    cells = ImmutableList.copyOf(cells);
    checkNotNull(place, "place");
  }

  public static TableRow of(List<TableCell> cells, int line, String place) {
    return new TableRow(ImmutableList.copyOf(cells), line, place);
  }

  public int size() {
    return cells.size();
  }

  public String text(int index) {
    return cells.get(index).text();
  }
}
