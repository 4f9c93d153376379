package kz.stat.mics.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import kz.stat.mics.app.CompositionRoot;
import kz.stat.mics.domain.application.ActivityRow;
import kz.stat.mics.domain.application.ManageAccounts;
import kz.stat.mics.domain.application.PlanSource;
import kz.stat.mics.domain.application.RecordProgress;
import kz.stat.mics.domain.monitoring.StatusSummary;
import kz.stat.mics.domain.plan.ActivityCode;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.PlanSummary;
import kz.stat.mics.domain.progress.ProgressEvent;
import kz.stat.mics.domain.progress.Status;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API for other services: the same use cases and the same rights as the pages, signed in
 * with a personal API token. Described by /api/openapi.json.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
public class Api {
  private final CompositionRoot root;
  private final Web web;

  Api(CompositionRoot root, Web web) {
    this.root = root;
    this.web = web;
  }

  /** A progress step as a client sends it. */
  public record StepRequest(String status, String on, String note, Long expectedVersion) {}

  /** A token to issue. */
  public record TokenRequest(String account, String label) {}

  @GetMapping(path = "/openapi.json")
  ResponseEntity<String> openApi() throws IOException {
    try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
          .body(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @GetMapping("/me")
  Map<String, Object> me() {
    var a = web.account();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", a.name());
    m.put("role", a.role().label());
    m.put("executors", List.copyOf(a.executors()));
    return m;
  }

  @GetMapping("/plans")
  List<Map<String, Object>> plans() {
    web.account();
    LocalDate today = root.views().today();
    return root.catalog().plans().stream().map(p -> plan(p,
        root.views().status(PlanSource.stored(p.key()), today).answer())).toList();
  }

  @GetMapping("/plans/{key}/status")
  Map<String, Object> status(@PathVariable String key, @RequestParam Optional<LocalDate> asOf) {
    web.account();
    LocalDate day = asOf.orElseGet(() -> root.views().today());
    StatusSummary s = root.views().status(PlanSource.stored(Pages.key(key)), day).answer();
    Map<String, Object> m = counts(s);
    m.put("overdueActivities", s.overdueList().stream().map(o -> o.activity().code()).toList());
    return m;
  }

  @GetMapping("/plans/{key}/activities")
  List<Map<String, Object>> activities(@PathVariable String key,
      @RequestParam Optional<LocalDate> asOf) {
    web.account();
    LocalDate day = asOf.orElseGet(() -> root.views().today());
    return root.views().rows(PlanSource.stored(Pages.key(key)), day).answer().stream()
        .map(Api::row).toList();
  }

  @GetMapping("/plans/{key}/activities/{code}/history")
  List<Map<String, Object>> history(@PathVariable String key, @PathVariable String code) {
    web.account();
    return root.catalog().progress(Pages.key(key), Optional.of(ActivityCode.of(code))).events()
        .stream().map(Api::event).toList();
  }

  @PostMapping(path = "/plans/{key}/activities/{code}/progress",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> record(@PathVariable String key, @PathVariable String code,
      @RequestBody StepRequest step) {
    PlanKey k = Pages.key(key);
    Status s = Status.parse(Optional.ofNullable(step.status()).orElse("")).orElseThrow(() ->
        new IllegalArgumentException("status: expected planned, in-progress, done or cancelled, "
            + "not: " + step.status()));
    Optional<LocalDate> on;
    try {
      on = Optional.ofNullable(step.on()).filter(x -> !x.isBlank()).map(LocalDate::parse);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("on: expected a date as YYYY-MM-DD, not: " + step.on());
    }
    ProgressEvent e = root.progress().record(web.actor(), new RecordProgress.Step(k,
        ActivityCode.of(code), s, on, "", Optional.ofNullable(step.note()).orElse(""),
        step.expectedVersion() == null ? OptionalLong.empty()
            : OptionalLong.of(step.expectedVersion())));
    return ResponseEntity.status(201).body(event(e));
  }

  @PostMapping(path = "/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> issue(@RequestBody TokenRequest request) {
    ManageAccounts.IssuedToken t = root.accounts().issueToken(web.actor(),
        Optional.ofNullable(request.account()).orElse(""),
        Optional.ofNullable(request.label()).orElse(""));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.token().id());
    m.put("account", t.token().account());
    m.put("token", t.secret());
    return ResponseEntity.status(201).body(m);
  }

  @DeleteMapping("/tokens/{id}")
  ResponseEntity<Void> revoke(@PathVariable long id) {
    root.accounts().revokeToken(web.actor(), id);
    return ResponseEntity.noContent().build();
  }

  private static Map<String, Object> plan(PlanSummary p, StatusSummary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", p.key().value());
    m.put("title", p.title());
    m.put("revision", p.latestRevision());
    m.putAll(counts(s));
    return m;
  }

  private static Map<String, Object> counts(StatusSummary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("asOf", s.asOf().toString());
    m.put("activities", s.activities());
    m.put("done", s.done());
    m.put("inProgress", s.inProgress());
    m.put("planned", s.planned());
    m.put("cancelled", s.cancelled());
    m.put("overdue", s.overdue());
    m.put("dueSoon", s.dueSoon());
    return m;
  }

  private static Map<String, Object> row(ActivityRow r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", r.activity().code());
    m.put("section", r.section().number());
    m.put("title", r.activity().title());
    m.put("responsible", r.activity().responsible());
    m.put("status", r.status().name());
    m.put("due", r.due().map(LocalDate::toString).orElse(null));
    m.put("daysOverdue", r.daysOverdue());
    return m;
  }

  static Map<String, Object> event(ProgressEvent e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sequence", e.sequence());
    m.put("activity", e.activityCode());
    m.put("status", e.status().name());
    m.put("on", e.on().toString());
    m.put("recordedAt", e.recordedAt().toString());
    m.put("actor", e.actor());
    m.put("note", e.note());
    return m;
  }
}
