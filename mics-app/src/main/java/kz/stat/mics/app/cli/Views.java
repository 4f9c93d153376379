package kz.stat.mics.app.cli;

import static kz.stat.mics.app.cli.TextTable.keep;
import static kz.stat.mics.app.cli.TextTable.shorten;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import kz.stat.mics.domain.monitoring.DueActivity;
import kz.stat.mics.domain.monitoring.LateActivity;
import kz.stat.mics.domain.monitoring.OverdueActivity;
import kz.stat.mics.domain.plan.Activity;

/** The JSON and table shapes of the monitoring views' rows. */
final class Views {
  private Views() {}

  static Map<String, Object> activity(Activity a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", a.code());
    m.put("title", a.title());
    m.put("lead", a.lead().orElse(null));
    m.put("responsible", a.responsible());
    m.put("deadline", a.deadline().text());
    m.put("start", a.deadline().start().map(Object::toString).orElse(null));
    m.put("due", a.deadline().due().map(Object::toString).orElse(null));
    m.put("completionForm", a.completionForm());
    m.put("financing", a.financing().source().name());
    return m;
  }

  static Map<String, Object> overdue(OverdueActivity o) {
    Map<String, Object> m = activity(o.activity());
    m.put("status", o.status().name());
    m.put("daysOverdue", o.daysOverdue());
    return m;
  }

  static Map<String, Object> due(DueActivity d) {
    Map<String, Object> m = activity(d.activity());
    m.put("status", d.status().name());
    return m;
  }

  static Map<String, Object> late(LateActivity l) {
    Map<String, Object> m = activity(l.activity());
    m.put("finished", l.finished().toString());
    m.put("daysLate", l.daysLate());
    return m;
  }

  static TextTable overdueTable(List<OverdueActivity> rows, Words w, OptionalInt width) {
    TextTable t = TextTable.of(width, keep(w.get("col.code")), shorten(w.get("col.activity")),
        shorten(w.get("col.lead")), keep(w.get("col.due")), keep(w.get("col.daysOverdue")),
        keep(w.get("col.status")));
    for (OverdueActivity o : rows) {
      Activity a = o.activity();
      t.row(a.code(), a.title(), a.lead().orElse(""), o.due(), o.daysOverdue(),
          w.status(o.status()));
    }
    return t;
  }

  static TextTable dueTable(List<DueActivity> rows, Words w, OptionalInt width) {
    TextTable t = TextTable.of(width, keep(w.get("col.code")), shorten(w.get("col.activity")),
        shorten(w.get("col.lead")), keep(w.get("col.due")), keep(w.get("col.status")));
    for (DueActivity d : rows) {
      Activity a = d.activity();
      t.row(a.code(), a.title(), a.lead().orElse(""), d.due(), w.status(d.status()));
    }
    return t;
  }
}
