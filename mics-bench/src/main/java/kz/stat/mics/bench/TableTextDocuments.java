package kz.stat.mics.bench;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.charset.StandardCharsets;

/**
 * Table text documents of an exact number of lines, made the same way on every run, for measuring
 * how reading grows with the document: either many activities of ten lines each, or one activity
 * whose title runs on over nearly every line (the shape that once made reading quadratic).
 */
public final class TableTextDocuments {
  /** How the lines of a document are spent. */
  public enum Shape {
    /** Sections of 100 activities of ten lines: code, title over four lines, four cells, blank. */
    ACTIVITIES,
    /** One section with one activity whose title continues over all the lines left. */
    LONG_CELL
  }

  /** The lines of one activity in {@link Shape#ACTIVITIES}. */
  static final int ACTIVITY_LINES = 10;

  private static final String[] PREAMBLE = {
      "Action plan of the survey 2023-2025",
      "",
      "\tNo.", "\tActivity", "\tResponsible*", "\tDeadline", "\tCompletion form", "\tFinancing",
      ""};
  private static final String[] NOTE = {
      "Note*: abbreviations written out:",
      "DSD - Department of social statistics",
      "ISD - Department of international statistics"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December"};
  private static final int SECTION_LINES = 3;
  private static final int ACTIVITIES_PER_SECTION = 100;

  private TableTextDocuments() {}

  /** A document of exactly {@code lines} lines (each ended by a line feed), as UTF-8. */
  public static byte[] generate(int lines, Shape shape) {
    int fixed = PREAMBLE.length + NOTE.length + SECTION_LINES + ACTIVITY_LINES;
    checkArgument(lines >= fixed, "a document needs at least %s lines: %s", fixed, lines);
    StringBuilder text = new StringBuilder(lines * 16);
    int written = 0;
    for (String line : PREAMBLE) {
      written += line(text, line);
    }
    int budget = lines - NOTE.length;
    int section = 0;
    int activity = 0;
    while (true) {
      boolean newSection = activity % ACTIVITIES_PER_SECTION == 0;
      int needed = (newSection ? SECTION_LINES : 0) + ACTIVITY_LINES;
      int after = written + needed;
      // the last activity: no room for another (and its section) after it, or only one wanted
      boolean last = shape == Shape.LONG_CELL
          || budget - after < ACTIVITY_LINES + SECTION_LINES;
      if (newSection) {
        section++;
        written += line(text, "\t" + section);
        written += line(text, "\tSection " + section);
        written += line(text, "");
      }
      activity++;
      String code = section + "." + (activity - (section - 1) * ACTIVITIES_PER_SECTION);
      written += line(text, "\t" + code);
      written += line(text, "\tPrepare the materials of activity " + code);
      written += line(text, "check them with the");
      written += line(text, "regional offices and");
      int extra = last ? budget - (written + 6) : 0;
      for (int i = 0; i < extra; i++) {
        written += line(text, shape == Shape.LONG_CELL ? "a" : "and again");
      }
      written += line(text, "send them on");
      written += line(text, activity % 2 == 0 ? "\tDSD" : "\tDSD, ISD");
      written += line(text, "\t" + MONTHS[activity % 12] + " " + (2023 + activity % 3));
      written += line(text, "\tReport");
      written += line(text, "\tState budget");
      written += line(text, "");
      if (last) {
        break;
      }
    }
    for (String line : NOTE) {
      written += line(text, line);
    }
    checkArgument(written == lines, "made %s lines instead of %s", written, lines);
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static int line(StringBuilder text, String line) {
    text.append(line).append('\n');
    return 1;
  }
}
