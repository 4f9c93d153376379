package kz.stat.mics.io.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A part of a plan document in reading order, as a reader hands it to {@link PlanTable}: a line or
 * paragraph of text, or a table. Which table is the plan, which text is its title and which is its
 * abbreviation note is decided from these parts alone, the same way for every format.
 */
public sealed interface DocumentPart {

  /**
   * A paragraph (Word) or a line outside the table (text export), split into cells where it holds
   * TABs; one without cells, or with blank ones only, is blank.
   */
  record Text(TableRow row) implements DocumentPart {
    public Text {
      checkNotNull(row, "row");
    }
  }

  /** A table, named in messages by {@code place} ("table 2", "line 40"), with its rows. */
  record Table(String place, ImmutableList<TableRow> rows) implements DocumentPart {
    public Table {
      checkNotNull(place, "place");
      rows = ImmutableList.copyOf(rows);
    }

    public static Table of(String place, List<TableRow> rows) {
      return new Table(place, ImmutableList.copyOf(rows));
    }
  }
}
