package kz.stat.mics.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeSet;
import kz.stat.mics.app.CompositionRoot;
import kz.stat.mics.domain.account.Account;
import kz.stat.mics.domain.account.Actor;
import kz.stat.mics.domain.application.ActivityRow;
import kz.stat.mics.domain.application.CheckDocument;
import kz.stat.mics.domain.application.ImportDocument;
import kz.stat.mics.domain.application.PlanCatalog;
import kz.stat.mics.domain.application.PlanSource;
import kz.stat.mics.domain.application.RecordProgress;
import kz.stat.mics.domain.application.ReportFilter;
import kz.stat.mics.domain.monitoring.StatusSummary;
import kz.stat.mics.domain.plan.ActivityCode;
import kz.stat.mics.domain.plan.PlanKey;
import kz.stat.mics.domain.port.DocumentSource;
import kz.stat.mics.domain.port.PlanSummary;
import kz.stat.mics.domain.progress.Status;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The pages: each calls one or two use cases and renders a template; no rule lives here. */
@Controller
public class Pages {
  static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
  private static final String PENDING = "pendingImport";

  private final CompositionRoot root;
  private final Web web;

  Pages(CompositionRoot root, Web web) {
    this.root = root;
    this.web = web;
  }

  /** A document uploaded and checked, waiting for its confirmation. */
  record Pending(String name, byte[] bytes) implements java.io.Serializable {}

  /** One plan on the list of plans: its summary and its counts today. */
  public record PlanLine(PlanSummary plan, StatusSummary status) {}

  /** One activity on "my department", with its plan. */
  public record MyRow(PlanKey plan, ActivityRow row) {}

  static ResponseEntity<String> html(String body) {
    return ResponseEntity.ok().contentType(HTML).body(body);
  }

  static ResponseEntity<String> redirect(String to) {
    return ResponseEntity.status(303).header(HttpHeaders.LOCATION, to).build();
  }

  @GetMapping("/login")
  ResponseEntity<String> login(HttpServletRequest request) {
    String message = "";
    HttpSession session = request.getSession(false);
    if (request.getParameter("error") != null && session != null
        && session.getAttribute("SPRING_SECURITY_LAST_EXCEPTION") instanceof Exception e) {
      message = e.getMessage();
    }
    Page page = web.page(request, Optional.empty());
    if (request.getParameter("expired") != null) {
      message = page.t("web.expired");
    } else if (request.getParameter("out") != null) {
      message = page.t("web.signedOut");
    }
    return html(Web.render("login.jte", Map.of("page", page, "message", message)));
  }

  @GetMapping("/")
  ResponseEntity<String> plans(HttpServletRequest request) {
    Page page = web.page(request);
    LocalDate today = root.views().today();
    List<PlanLine> lines = new ArrayList<>();
    for (PlanSummary p : root.catalog().plans()) {
      lines.add(new PlanLine(p, root.views().status(PlanSource.stored(p.key()), today).answer()));
    }
    return html(Web.render("plans.jte", Map.of("page", page, "plans", lines, "today", today)));
  }

  @GetMapping("/plans/{key}")
  ResponseEntity<String> plan(HttpServletRequest request, @PathVariable String key,
      @RequestParam Optional<LocalDate> asOf, @RequestParam Optional<String> executor,
      @RequestParam Optional<String> status, @RequestParam Optional<String> section)
      throws IOException {
    Page page = web.page(request);
    PlanKey k = key(key);
    LocalDate day = asOf.orElseGet(() -> root.views().today());
    Optional<Status> s = status.filter(x -> !x.isBlank()).map(x -> Status.parse(x).orElseThrow(
        () -> new IllegalArgumentException("no such status: " + x)));
    ReportFilter filter = new ReportFilter(executor, s, section);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    root.report().write(PlanSource.stored(k), day, Optional.of(page.language()), filter, out);
    List<ActivityRow> rows = root.views().rows(PlanSource.stored(k), day).answer();
    TreeSet<String> executors = new TreeSet<>();
    rows.forEach(r -> executors.addAll(r.activity().responsible()));
    List<String> sections = rows.stream().map(r -> r.section().number()).distinct().toList();
    String nav = Web.render("plan-nav.jte", Map.of("page", page, "key", k.value(), "asOf", day,
        "filter", filter, "executors", List.copyOf(executors), "sections", sections,
        "rows", rows.stream().filter(filter::keeps).toList()));
    String report = out.toString(StandardCharsets.UTF_8);
    int body = report.indexOf("<body");
    int end = body < 0 ? -1 : report.indexOf('>', body);
    String html = end < 0 ? nav + report
        : report.substring(0, end + 1) + nav + report.substring(end + 1);
    return html(html);
  }

  @GetMapping("/plans/{key}/activities/{code}")
  ResponseEntity<String> activity(HttpServletRequest request, @PathVariable String key,
      @PathVariable String code) {
    return activityPage(request, key(key), code, "", "");
  }

  private ResponseEntity<String> activityPage(HttpServletRequest request, PlanKey key,
      String code, String message, String error) {
    Page page = web.page(request);
    Actor actor = Actor.signedIn(page.account().orElseThrow());
    LocalDate today = root.views().today();
    ActivityRow row = root.views().rows(PlanSource.stored(key), today).answer().stream()
        .filter(r -> r.activity().code().equals(code)).findFirst()
        .orElseThrow(() -> new kz.stat.mics.domain.port.UnknownPlanException(
            "the plan " + key + " has no activity " + code));
    PlanCatalog.ProgressLog log = root.catalog().progress(key,
        Optional.of(ActivityCode.of(code)));
    return html(Web.render("activity.jte", Map.of("page", page, "key", key.value(), "row", row,
        "events", log.events(), "mayRecord", actor.mayRecordOn(row.activity()),
        "today", today, "message", message, "error", error)));
  }

  @PostMapping("/plans/{key}/activities/{code}/progress")
  ResponseEntity<String> record(HttpServletRequest request, @PathVariable String key,
      @PathVariable String code, @RequestParam String status,
      @RequestParam Optional<String> on, @RequestParam(defaultValue = "") String note) {
    PlanKey k = key(key);
    Page page = web.page(request);
    Optional<Status> s = Status.parse(status);
    if (s.isEmpty()) {
      return activityPage(request, k, code, "", page.t("web.badStatus") + ": " + status);
    }
    Optional<LocalDate> day;
    try {
      day = on.filter(x -> !x.isBlank()).map(LocalDate::parse);
    } catch (java.time.format.DateTimeParseException e) {
      return activityPage(request, k, code, "", page.t("web.badDate") + ": " + on.get());
    }
    var event = root.progress().record(web.actor(), new RecordProgress.Step(k,
        ActivityCode.of(code), s.get(), day, "", note, OptionalLong.empty()));
    return activityPage(request, k, code, page.t("web.recorded") + " #" + event.sequence(), "");
  }

  @GetMapping("/my")
  ResponseEntity<String> my(HttpServletRequest request) {
    Page page = web.page(request);
    Account account = page.account().orElseThrow();
    Actor actor = Actor.signedIn(account);
    LocalDate today = root.views().today();
    List<MyRow> rows = new ArrayList<>();
    if (!account.executors().isEmpty()) {
      for (PlanSummary p : root.catalog().plans()) {
        for (ActivityRow r : root.views().rows(PlanSource.stored(p.key()), today).answer()) {
          if (actor.mayRecordOn(r.activity())) {
            rows.add(new MyRow(p.key(), r));
          }
        }
      }
    }
    rows.sort(Comparator.comparingLong((MyRow r) -> -r.row().daysOverdue())
        .thenComparing(r -> r.row().due().orElse(LocalDate.MAX)));
    return html(Web.render("my.jte", Map.of("page", page, "rows", rows, "today", today)));
  }

  @GetMapping("/plans/{key}/revisions")
  ResponseEntity<String> revisions(HttpServletRequest request, @PathVariable String key,
      @RequestParam Optional<Integer> from, @RequestParam Optional<Integer> to) {
    Page page = web.page(request);
    PlanKey k = key(key);
    var revisions = root.catalog().revisions(k);
    Optional<PlanCatalog.RevisionDiff> diff = revisions.size() < 2 && from.isEmpty()
        ? Optional.empty()
        : Optional.of(root.catalog().diff(k, from.map(OptionalInt::of).orElse(OptionalInt.empty()),
            to.map(OptionalInt::of).orElse(OptionalInt.empty())));
    return html(Web.render("revisions.jte", Map.of("page", page, "key", k.value(),
        "revisions", revisions, "diff", diff)));
  }

  @GetMapping("/import")
  ResponseEntity<String> importForm(HttpServletRequest request) {
    Page page = web.page(request);
    requireImport();
    return html(Web.render("import.jte", Map.of("page", page, "checked", Optional.empty(),
        "name", "", "error", "")));
  }

  @PostMapping("/import")
  ResponseEntity<String> upload(HttpServletRequest request,
      @RequestParam("document") MultipartFile file) throws IOException {
    Page page = web.page(request);
    requireImport();
    String name = Optional.ofNullable(file.getOriginalFilename()).filter(n -> !n.isBlank())
        .map(n -> n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1))
        .orElse("plan.txt");
    byte[] bytes = file.getBytes();
    Optional<CheckDocument.Checked> checked = Optional.empty();
    String error = "";
    try {
      checked = Optional.of(root.check().validate(source(name, bytes), List.of()));
      request.getSession().setAttribute(PENDING, new Pending(name, bytes));
    } catch (kz.stat.mics.domain.port.PlanDocumentException e) {
      error = e.getMessage();
    }
    return html(Web.render("import.jte", Map.of("page", page, "checked", checked,
        "name", name, "error", error)));
  }

  @PostMapping("/import/confirm")
  ResponseEntity<String> confirm(HttpServletRequest request,
      @RequestParam(defaultValue = "") String plan) {
    web.page(request);
    requireImport();
    if (!(request.getSession().getAttribute(PENDING) instanceof Pending p)) {
      throw new IllegalArgumentException("no document is waiting to be stored: upload it again");
    }
    Optional<PlanKey> key = Optional.of(plan.strip()).filter(s -> !s.isEmpty()).map(Pages::key);
    ImportDocument.Imported imported = root.importer().importDocument(web.actor(),
        source(p.name(), p.bytes()), key);
    request.getSession().removeAttribute(PENDING);
    return redirect("/plans/" + imported.key().value() + "?imported=" + imported.revision());
  }

  @GetMapping("/plans/{key}/download/{format}")
  ResponseEntity<byte[]> download(HttpServletRequest request, @PathVariable String key,
      @PathVariable String format, @RequestParam Optional<LocalDate> asOf) throws IOException {
    Page page = web.page(request);
    PlanKey k = key(key);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String file;
    MediaType type;
    switch (format) {
      case "report" -> {
        root.report().write(PlanSource.stored(k), asOf.orElseGet(() -> root.views().today()),
            Optional.of(page.language()), out);
        file = k.value() + ".html";
        type = HTML;
      }
      case "history" -> {
        root.export().history(k, root.historyWriter(), out);
        file = k.value() + ".history.json";
        type = MediaType.APPLICATION_JSON;
      }
      case "json", "csv", "table", "docx" -> {
        root.export().latest(k, asOf, Optional.of(page.language()),
            root.writer(format, ',', false), out);
        file = k.value() + switch (format) {
          case "table" -> ".txt";
          default -> "." + format;
        };
        type = MediaType.APPLICATION_OCTET_STREAM;
      }
      default -> throw new IllegalArgumentException("no such download: " + format);
    }
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build()
                .toString())
        .body(out.toByteArray());
  }

  private void requireImport() {
    if (!web.actor().mayImport()) {
      throw new kz.stat.mics.domain.account.NotAllowedException(
          web.account().name() + " may not import documents");
    }
  }

  private static DocumentSource source(String name, byte[] bytes) {
    return DocumentSource.of(name, () -> new ByteArrayInputStream(bytes));
  }

  static PlanKey key(String key) {
    if (!PlanKey.isValid(key)) {
      throw new IllegalArgumentException("not a plan key: " + key);
    }
    return PlanKey.of(key);
  }

}
