package kz.stat.mics.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  static TextTable overdueTable(List<OverdueActivity> rows) {
    TextTable t = TextTable.of("CODE", "ACTIVITY", "LEAD", "DUE", "DAYS OVERDUE", "STATUS");
    for (OverdueActivity o : rows) {
      Activity a = o.activity();
      t.row(a.code(), a.title(), a.lead().orElse(""), o.due(), o.daysOverdue(),
          o.status().label());
    }
    return t;
  }

  static TextTable dueTable(List<DueActivity> rows) {
    TextTable t = TextTable.of("CODE", "ACTIVITY", "LEAD", "DUE", "STATUS");
    for (DueActivity d : rows) {
      Activity a = d.activity();
      t.row(a.code(), a.title(), a.lead().orElse(""), d.due(), d.status().label());
    }
    return t;
  }
}
