package kz.stat.mics.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sharding rule, checked on the SQL text a statement was rendered to: every statement that reads
 * or writes a table holding part of a plan names the plan. A read must compare that table's
 * {@code plan_id} (by its alias, or by its name when it has none); an insert must set it. With that,
 * a distributed PostgreSQL sharding every such table by {@code plan_id} sends each statement to
 * one node, or joins tables of one plan on one node.
 */
final class PlanPredicates {
  /** The tables sharded by plan. */
  static final Set<String> BY_PLAN = Set.of("section", "activity", "deadline_window", "executor",
      "activity_executor", "precedence", "progress_event", "activity_due_day",
      "progress_closed", "activity_closed_day");

  private static final Set<String> KEYWORDS = Set.of("where", "join", "on", "cross", "left",
      "right", "inner", "full", "order", "group", "limit", "using", "set", "values", "for",
      "union", "having", "natural", "lateral", "returning", "offset", "window");
  private static final Pattern REFERENCE = Pattern.compile(
      "\\b(from|join|into|update)\\s+\"?([a-z_]+)\"?(?:\\s+(?:as\\s+)?\"?([a-z_]+)\"?)?");

  private PlanPredicates() {}

  /** What in {@code sql} breaks the rule: one line per table reference that names no plan. */
  static List<String> violations(String sql) {
    String text = sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    List<String> out = new ArrayList<>();
    Matcher m = REFERENCE.matcher(text);
    while (m.find()) {
      String table = m.group(2);
      if (!BY_PLAN.contains(table)) {
        continue;
      }
      String alias = m.group(3) != null && !KEYWORDS.contains(m.group(3)) ? m.group(3) : table;
      boolean named;
      if (m.group(1).equals("into")) {
        int close = text.indexOf(')', m.end());
        String columns = close < 0 ? "" : text.substring(m.end(), close);
        named = columns.matches(".*\\(.*\"?plan_id\"?.*");
      } else {
        named = Pattern.compile("\"?" + Pattern.quote(alias) + "\"?\\.\"?plan_id\"?\\s*(=|in\\b)")
            .matcher(text).find()
            || Pattern.compile("=\\s*\"?" + Pattern.quote(alias) + "\"?\\.\"?plan_id\"?\\b")
            .matcher(text).find();
      }
      if (!named) {
        out.add(table + (alias.equals(table) ? "" : " " + alias) + " without its plan in: " + sql);
      }
    }
    return out;
  }
}
