package kz.stat.mics.persistence;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import kz.stat.mics.domain.executor.Executor;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Precedence;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.domain.schedule.Window;
import org.jooq.DSLContext;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Writes the rows of one revision with PostgreSQL's COPY, on the connection of the transaction
 * that inserted the revision row: one COPY per table, parents before children, each row streamed
 * to the server as it is encoded, so nothing but the plan itself is held. The rows and the checks
 * they pass are the same as with batched inserts.
 */
final class RevisionCopy {
  private RevisionCopy() {}

  static void write(DSLContext tx, long planId, long revisionId, ActionPlan plan) {
    tx.connection(c -> {
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      copy(copy, "section (plan_id, revision_id, position, number, title)", out -> {
        List<Section> sections = plan.sections();
        for (int s = 0; s < sections.size(); s++) {
          row(out, planId, revisionId, s, sections.get(s).number(), sections.get(s).title());
        }
      });
      copy(copy, "activity (plan_id, revision_id, position, section_position, code, title,"
          + " completion_form, financing_source, financing_text, deadline_text, duration_days,"
          + " tentative, recurrence, start_date, due_date)", out -> {
            int position = 0;
            for (int s = 0; s < plan.sections().size(); s++) {
              for (Activity a : plan.sections().get(s).activities()) {
                Deadline d = a.deadline();
                row(out, planId, revisionId, position++, s, a.code(), a.title(),
                    a.completionForm(), a.financing().source().name(), a.financing().text(),
                    d.text(), d.durationDays().isPresent() ? d.durationDays().getAsInt() : null,
                    d.tentative() ? "t" : "f", d.recurrence().map(Enum::name).orElse(null),
                    d.start().orElse(null), d.due().orElse(null));
              }
            }
          });
      copy(copy, "deadline_window (plan_id, revision_id, activity_position, position, from_date,"
          + " to_date)", out -> {
            int position = 0;
            for (Activity a : plan.activities()) {
              List<Window> windows = a.deadline().windows();
              for (int w = 0; w < windows.size(); w++) {
                row(out, planId, revisionId, position, w, windows.get(w).from().orElse(null),
                    windows.get(w).to().orElse(null));
              }
              position++;
            }
          });
      copy(copy, "activity_executor (plan_id, revision_id, activity_position, position, name)",
          out -> {
            int position = 0;
            for (Activity a : plan.activities()) {
              for (int r = 0; r < a.responsible().size(); r++) {
                row(out, planId, revisionId, position, r, a.responsible().get(r));
              }
              position++;
            }
          });
      copy(copy, "executor (plan_id, revision_id, position, code, name)", out -> {
        List<Executor> entries = plan.executors().entries();
        for (int e = 0; e < entries.size(); e++) {
          row(out, planId, revisionId, e, entries.get(e).code(), entries.get(e).name());
        }
      });
      copy(copy, "precedence (plan_id, revision_id, position, before_code, after_code)", out -> {
        List<Precedence> precedences = plan.precedences();
        for (int p = 0; p < precedences.size(); p++) {
          row(out, planId, revisionId, p, precedences.get(p).before(),
              precedences.get(p).after());
        }
      });
    });
  }

  /** Rows written to a COPY. */
  private interface Rows {
    void write(Writer out) throws IOException;
  }

  private static void copy(CopyManager copy, String table, Rows rows) throws SQLException {
    PGCopyOutputStream stream = new PGCopyOutputStream(copy.copyIn(
        "copy " + table + " from stdin (format csv)"), 1 << 16);
    try (Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8),
        1 << 16)) {
      rows.write(out);
    } catch (IOException e) {
      if (e.getCause() instanceof SQLException sql) {
        throw sql;
      }
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One CSV row: a null is an empty unquoted field, every text is quoted with its quotes doubled,
   * so an empty text stays empty and commas, quotes and line breaks stay text.
   */
  private static void row(Writer out, Object... values) throws IOException {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      Object v = values[i];
      if (v == null) {
        continue;
      }
      if (v instanceof String text) {
        out.write('"');
        out.write(text.indexOf('"') < 0 ? text : text.replace("\"", "\"\""));
        out.write('"');
      } else {
        out.write(v.toString());
      }
    }
    out.write('\n');
  }
}
