package kz.stat.mics.domain.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.stat.mics.domain.executor.KnownExecutors;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.domain.plan.Activity;
import kz.stat.mics.domain.plan.Precedence;
import kz.stat.mics.domain.plan.Section;
import kz.stat.mics.domain.port.UnstorableTextException;
import kz.stat.mics.domain.schedule.Deadline;
import kz.stat.mics.domain.schedule.DeadlineContext;
import kz.stat.mics.domain.schedule.DeadlineParser;
import kz.stat.mics.domain.schedule.DeadlineReading;
import kz.stat.mics.domain.schedule.Window;

/**
 * The checks a plan is held to: unique codes in their own sections, known executors, deadlines inside
 * the plan's period, and precedence constraints that the schedule can keep. A bad plan gives findings,
 * never an exception.
 */
public final class PlanRules {
  private PlanRules() {}

  /** Checks {@code plan} against its own precedence constraints. */
  public static ImmutableList<Finding> validate(ActionPlan plan) {
    return validate(plan, List.of());
  }

  /**
   * Checks {@code plan} against its own precedence constraints and {@code extra} ones. Findings come
   * activity by activity in document order, then one per precedence constraint in the order given
   * (the plan's first), then the cycles.
   */
  public static ImmutableList<Finding> validate(ActionPlan plan, List<Precedence> extra) {
    checkNotNull(plan, "plan");
    checkNotNull(extra, "extra");
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    try {
      UnstorableTextException.check(plan);
    } catch (UnstorableTextException e) {
      out.add(Finding.onPlan(Severity.ERROR, e.getMessage()));
    }
    if (plan.sections().isEmpty()) {
      // A document can hold no plan table rows at all; storing it is allowed, but almost never meant.
      out.add(Finding.onPlan(Severity.WARNING, "the plan is empty: it has no sections"));
    }
    Set<String> seen = new HashSet<>();
    for (Section section : plan.sections()) {
      for (Activity a : section.activities()) {
        if (!seen.add(a.code())) {
          out.add(Finding.about(Severity.ERROR, a.code(),
              "activity code " + a.code() + " appears more than once"));
        }
        if (!a.activityCode().belongsTo(section.number())) {
          out.add(Finding.about(Severity.ERROR, a.code(), "activity code " + a.code()
              + " does not belong to section " + section.number()));
        }
        for (String name : a.responsible()) {
          if (plan.executors().find(name).isEmpty() && !KnownExecutors.contains(name)) {
            out.add(Finding.about(Severity.WARNING, a.code(), "responsible executor \"" + name
                + "\" is neither in the plan's list of abbreviations nor a known executor"));
          }
        }
        checkDeadline(plan, a, out);
      }
    }
    List<Precedence> all = ImmutableList.<Precedence>builder()
        .addAll(plan.precedences()).addAll(extra).build();
    for (Precedence p : all) {
      checkPrecedence(plan, p).ifPresent(out::add);
    }
    for (List<String> cycle : cycles(all)) {
      out.add(Finding.onPlan(Severity.ERROR, "precedence constraints form a cycle: "
          + String.join(" -> ", cycle)));
    }
    return out.build();
  }

  private static void checkDeadline(ActionPlan plan, Activity a, ImmutableList.Builder<Finding> out) {
    Deadline d = a.deadline();
    if (!d.isResolved()) {
      DeadlineContext context = DeadlineContext.of(plan.language()).withYears(plan.period());
      DeadlineReading reading = DeadlineParser.read(d.text(), context);
      String reason = reading instanceof DeadlineReading.NotUnderstood n
          ? n.reason() : "deadline was not resolved";
      out.add(Finding.about(Severity.WARNING, a.code(),
          "deadline \"" + d.text() + "\" could not be read: " + reason));
      return;
    }
    for (Window w : d.windows()) {
      boolean before = w.from().map(f -> f.isBefore(plan.period().from())).orElse(false)
          || w.to().map(t -> t.isBefore(plan.period().from())).orElse(false);
      boolean after = w.to().map(t -> t.isAfter(plan.period().to())).orElse(false)
          || w.from().map(f -> f.isAfter(plan.period().to())).orElse(false);
      if (before || after) {
        out.add(Finding.about(Severity.WARNING, a.code(), "deadline window " + w
            + " lies outside the plan period " + plan.period()));
      }
    }
    if (d.durationDays().isPresent()) {
      Optional<Long> length = d.windows().get(0).lengthInDays();
      int days = d.durationDays().getAsInt();
      if (length.isPresent() && days > length.get()) {
        out.add(Finding.about(Severity.WARNING, a.code(), "duration of " + days
            + " days is longer than its window " + d.windows().get(0) + " (" + length.get()
            + " days)"));
      }
    }
    if (d.tentative()) {
      out.add(Finding.about(Severity.NOTICE, a.code(),
          "deadline \"" + d.text() + "\" is tentative"));
    }
  }

  /**
   * One finding for "A finishes before B starts", or none when the schedule keeps it. A finishes in
   * its last window and B starts in its first: the constraint is certainly broken when A's last window
   * starts after B's first window ends, and certainly kept when A is due before B's first day.
   * Anything between cannot be decided at the month precision plans are written in.
   */
  static Optional<Finding> checkPrecedence(ActionPlan plan, Precedence p) {
    Optional<Activity> before = plan.activity(p.before());
    Optional<Activity> after = plan.activity(p.after());
    String rule = p.before() + " before " + p.after();
    if (before.isEmpty() || after.isEmpty()) {
      String unknown = before.isEmpty() ? p.before() : p.after();
      return Optional.of(Finding.about(Severity.ERROR, unknown,
          "precedence " + rule + " names an activity that is not in the plan: " + unknown));
    }
    Deadline a = before.get().deadline();
    Deadline b = after.get().deadline();
    if (!a.isResolved() || !b.isResolved()) {
      return Optional.of(Finding.about(Severity.NOTICE, p.after(), "precedence " + rule
          + " cannot be checked: a deadline is not resolved"));
    }
    Optional<LocalDate> aEarliestFinish = a.windows().get(a.windows().size() - 1).from();
    Optional<LocalDate> bLatestStart = b.windows().get(0).to();
    if (aEarliestFinish.isPresent() && bLatestStart.isPresent()
        && aEarliestFinish.get().isAfter(bLatestStart.get())) {
      return Optional.of(Finding.about(Severity.ERROR, p.after(), "precedence " + rule
          + " is broken: " + p.before() + " cannot finish before " + aEarliestFinish.get()
          + " but " + p.after() + " must start by " + bLatestStart.get()));
    }
    Optional<LocalDate> aDue = a.due();
    Optional<LocalDate> bStart = b.start();
    if (aDue.isPresent() && bStart.isPresent() && aDue.get().isBefore(bStart.get())) {
      return Optional.empty();
    }
    return Optional.of(Finding.about(Severity.NOTICE, p.after(), "precedence " + rule
        + " cannot be shown at month precision: " + p.before() + " (" + a.text().strip() + ") and "
        + p.after() + " (" + b.text().strip() + ") overlap"));
  }

  /** Every cycle among the constraints once, each starting at its earliest-listed code. */
  static ImmutableList<List<String>> cycles(List<Precedence> constraints) {
    Map<String, List<String>> next = new LinkedHashMap<>();
    for (Precedence p : constraints) {
      next.computeIfAbsent(p.before(), k -> new ArrayList<>());
      next.computeIfAbsent(p.after(), k -> new ArrayList<>());
      if (!next.get(p.before()).contains(p.after())) {
        next.get(p.before()).add(p.after());
      }
    }
    List<String> order = new ArrayList<>(next.keySet());
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      rank.put(order.get(i), i);
    }
    // Johnson-style search kept simple: from each start, only through codes ranked after it, so each
    // elementary cycle is found once, from its earliest-listed code. Plans have a few dozen constraints.
    Set<String> found = new LinkedHashSet<>();
    ImmutableList.Builder<List<String>> out = ImmutableList.builder();
    for (String start : order) {
      List<String> path = new ArrayList<>();
      path.add(start);
      search(start, start, rank, next, path, found, out);
    }
    return out.build();
  }

  private static void search(String start, String at, Map<String, Integer> rank,
      Map<String, List<String>> next, List<String> path, Set<String> found,
      ImmutableList.Builder<List<String>> out) {
    for (String n : next.get(at)) {
      if (n.equals(start)) {
        List<String> cycle = new ArrayList<>(path);
        cycle.add(start);
        if (found.add(cycle.stream().collect(Collectors.joining(" ")))) {
          out.add(ImmutableList.copyOf(cycle));
        }
      } else if (rank.get(n) > rank.get(start) && !path.contains(n)) {
        path.add(n);
        search(start, n, rank, next, path, found, out);
        path.remove(path.size() - 1);
      }
    }
  }
}
