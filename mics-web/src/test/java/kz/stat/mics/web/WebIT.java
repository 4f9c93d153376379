package kz.stat.mics.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.stat.mics.app.WebServer;
import kz.stat.mics.domain.plan.ActivityCode;
import kz.stat.mics.domain.plan.PlanKey;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule of the web app at the HTTP level, against a real server on a random port over a real
 * PostgreSQL, with the real plan and a hostile copy of it.
 */
class WebIT {
  @TempDir
  static Path dir;
  static Bureau bureau;
  static WebServer.Running shortIdle;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HOSTILE_TITLE =
      "Листинг <script>alert(1)</script> \"onload=alert(2) </svg>";

  @BeforeAll
  static void openBureau() {
    bureau = Bureau.open(dir, true);
    // A copy of the plan whose 11.2 has a hostile title and whose 1.1 is the registers' alone.
    String hostile = Bureau.seed().replace("Листинг өткізу", HOSTILE_TITLE)
        .replace("\tХСД, ӘДДБСД\n", "\tСТЖД\n");
    bureau.root.importer().importDocument(Bureau.OPERATOR, Bureau.document("hostile.txt", hostile),
        Optional.empty());
    System.setProperty(MicsWebServer.IDLE, "2s");
    try {
      shortIdle = bureau.another();
    } finally {
      System.clearProperty(MicsWebServer.IDLE);
    }
  }

  @AfterAll
  static void close() {
    shortIdle.close();
    bureau.close();
  }

  private static Browser signedIn(String name) {
    Browser b = new Browser(bureau.base);
    HttpResponse<String> r = b.signIn(name, Bureau.PASSWORD);
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location")).contains(bureau.base + "/");
    return b;
  }

  private static long events(String plan, String code) {
    return bureau.root.catalog().progress(PlanKey.of(plan), Optional.of(ActivityCode.of(code)))
        .events().size();
  }

  @Test
  void aPageAsksForSignInAndEveryAnswerCarriesTheSecureHeaders() {
    HttpResponse<String> r = new Browser(bureau.base).get("/");
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location")).contains(bureau.base + "/login");
    String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(List.of(csp.split("; *"))).contains("script-src 'self'", "default-src 'self'")
        .noneMatch(d -> d.startsWith("script-src") && d.contains("unsafe"));
    assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void aViewerReadsEverythingAndCannotRecordProgress() {
    Browser viewer = signedIn("viewer");
    Document activity = viewer.page("/plans/" + Bureau.PLAN + "/activities/11.2");
    assertThat(activity.selectFirst("h1").text()).isEqualTo("11.2 Листинг өткізу");
    assertThat(activity.select("form#record")).isEmpty();
    long before = events(Bureau.PLAN, "11.2");

    HttpResponse<String> r = viewer.post("/plans/" + Bureau.PLAN + "/activities/11.2/progress",
        Map.of("status", "done", "on", "2024-06-01", "note", ""));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(Jsoup.parse(r.body()).selectFirst("#error").text())
        .isEqualTo("viewer may not record progress on 11.2: it is not an activity of their"
            + " executors");
    assertThat(events(Bureau.PLAN, "11.2")).isEqualTo(before);
  }

  @Test
  void anEditorRecordsOnItsExecutorsActivityUnderItsOwnNameWhateverTheFormSays() {
    Browser ainur = signedIn("ainur");
    Document page = ainur.page("/plans/" + Bureau.PLAN + "/activities/11.3");
    assertThat(page.select("form#record")).hasSize(1);
    HttpResponse<String> r = ainur.post("/plans/" + Bureau.PLAN + "/activities/11.3/progress",
        Map.of("status", "in-progress", "on", "2024-06-03", "note", "started",
            "actor", "someone else"));
    assertThat(r.statusCode()).isEqualTo(200);
    Document after = Jsoup.parse(r.body());
    assertThat(after.selectFirst("#message").text()).startsWith("Recorded: event #");
    var last = bureau.root.catalog().progress(PlanKey.of(Bureau.PLAN),
        Optional.of(ActivityCode.of("11.3"))).events();
    assertThat(last.get(last.size() - 1).actor()).isEqualTo("ainur");
    assertThat(last.get(last.size() - 1).note()).isEqualTo("started");
  }

  @Test
  void anEditorOfTheRegistersCannotRecordOnAnActivityWithoutThem() {
    Browser bolat = signedIn("bolat");
    assertThat(bolat.page("/plans/" + Bureau.PLAN + "/activities/11.2").select("form#record"))
        .isEmpty();
    HttpResponse<String> r = bolat.post("/plans/" + Bureau.PLAN + "/activities/11.2/progress",
        Map.of("status", "done"));
    assertThat(r.statusCode()).isEqualTo(403);
  }

  @Test
  void anEditorOfThePopulationDepartmentCannotRecordOnAnActivityOfTheRegistersAlone() {
    Browser ainur = signedIn("ainur");
    assertThat(ainur.page("/plans/hostile/activities/1.1").select("form#record")).isEmpty();
    HttpResponse<String> r = ainur.post("/plans/hostile/activities/1.1/progress",
        Map.of("status", "done"));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(events("hostile", "1.1")).isZero();
    Browser bolat = signedIn("bolat");
    bolat.get("/plans/hostile/activities/1.1");
    assertThat(bolat.post("/plans/hostile/activities/1.1/progress", Map.of("status", "done"))
        .statusCode()).isEqualTo(200);
  }

  @Test
  void aPostWithoutItsCsrfTokenIsRefused() {
    Browser ainur = signedIn("ainur");
    long before = events(Bureau.PLAN, "11.4");
    HttpResponse<String> r = ainur.postRaw("/plans/" + Bureau.PLAN + "/activities/11.4/progress",
        Map.of("status", "done"));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
    assertThat(events(Bureau.PLAN, "11.4")).isEqualTo(before);
    HttpResponse<String> signIn = new Browser(bureau.base).postRaw("/login",
        Map.of("username", "admin", "password", Bureau.PASSWORD));
    assertThat(signIn.statusCode()).isEqualTo(403);
  }

  @Test
  void aSessionEndsAfterItsIdleTimeAndOnSignOut() throws InterruptedException {
    Browser b = new Browser("http://127.0.0.1:" + shortIdle.port());
    assertThat(b.signIn("viewer", Bureau.PASSWORD).statusCode()).isEqualTo(302);
    assertThat(b.get("/").statusCode()).isEqualTo(200);
    Thread.sleep(3_500);
    HttpResponse<String> expired = b.get("/");
    assertThat(expired.statusCode()).isEqualTo(302);
    assertThat(expired.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");

    Browser viewer = signedIn("viewer");
    viewer.get("/");
    assertThat(viewer.post("/logout", Map.of()).headers().firstValue("Location").orElseThrow())
        .endsWith("/login?out");
    assertThat(viewer.get("/").statusCode()).isEqualTo(302);
  }

  @Test
  void signInIsRefusedForAWhileAfterFiveFailures() {
    bureau.root.accounts().add(Bureau.OPERATOR, kz.stat.mics.domain.account.Account.of(
        "guessed", kz.stat.mics.domain.account.Role.VIEWER, List.of()), Bureau.PASSWORD);
    Browser b = new Browser(bureau.base);
    for (int i = 0; i < 5; i++) {
      assertThat(b.signIn("guessed", "wrong " + i).headers().firstValue("Location")
          .orElseThrow()).endsWith("/login?error");
    }
    HttpResponse<String> right = b.signIn("guessed", Bureau.PASSWORD);
    assertThat(right.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    assertThat(b.page("/login?error").selectFirst("#message").text())
        .startsWith("too many failed sign-ins for guessed; try again in ");
  }

  @Test
  void hostileTitlesAreEscapedOnEveryPage() {
    Browser ainur = signedIn("ainur");
    for (String path : List.of("/", "/plans/hostile", "/plans/hostile/activities/11.2", "/my",
        "/plans/hostile/revisions")) {
      HttpResponse<String> r = ainur.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      Document d = Jsoup.parse(r.body());
      assertThat(d.select("script")).as(path).isEmpty();
      assertThat(d.select("[onload]")).as(path).isEmpty();
      assertThat(r.body()).as(path).doesNotContain("<script>");
      assertThat(d.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
          .filter(a -> a.getKey().startsWith("on"))).as(path).isEmpty();
    }
    assertThat(ainur.page("/plans/hostile/activities/11.2").selectFirst("h1").text())
        .isEqualTo("11.2 " + HOSTILE_TITLE);
    assertThat(ainur.page("/plans/hostile").select("svg").size()).isPositive();
  }

  @Test
  void myDepartmentListsTheEditorsActivitiesOverdueFirst() {
    Document my = signedIn("bolat").page("/my");
    List<String> rows = my.select("#mine tbody tr").eachAttr("class");
    assertThat(rows).isNotEmpty();
    int firstNotOverdue = rows.indexOf("");
    if (firstNotOverdue >= 0) {
      assertThat(rows.subList(firstNotOverdue, rows.size())).containsOnly("");
    }
    // СТЖД is named on 4.1, 4.2, 6.1, 11.1 ... in the seed and on 1.1 of the hostile copy.
    assertThat(my.select("#mine a[data-code]").eachText()).contains("4.1", "6.1", "1.1");
    assertThat(my.select("#mine a[data-code]").eachText()).doesNotContain("11.2");
  }

  @Test
  void pagesSpeakKazakhRussianOrEnglish() {
    assertThat(new Browser(bureau.base, "ru").page("/login").selectFirst("h1").text())
        .isEqualTo("Войти");
    assertThat(new Browser(bureau.base, "kk-KZ").page("/login").selectFirst("h1").text())
        .isEqualTo("Кіру");
    Browser b = new Browser(bureau.base, "ru");
    assertThat(b.page("/login?lang=en").selectFirst("h1").text()).isEqualTo("Sign in");
    assertThat(b.page("/login").selectFirst("h1").text()).isEqualTo("Sign in");
  }

  @Test
  void badInputIsAMessageOnThePageNeverAStackTrace() {
    Browser admin = signedIn("admin");
    HttpResponse<String> unknown = admin.get("/plans/no-such-plan");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(Jsoup.parse(unknown.body()).selectFirst("#error").text())
        .isEqualTo("no plan is stored under the key no-such-plan");
    HttpResponse<String> badDate = admin.get("/plans/" + Bureau.PLAN + "?asOf=yesterday");
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(badDate.body()).doesNotContain("Exception");
    HttpResponse<String> noPage = admin.get("/nowhere");
    assertThat(noPage.statusCode()).isEqualTo(404);
    assertThat(Jsoup.parse(noPage.body()).selectFirst("#error").text()).isEqualTo("no such page");
    admin.get("/plans/" + Bureau.PLAN + "/activities/11.2");
    HttpResponse<String> badStatus = admin.post("/plans/" + Bureau.PLAN
        + "/activities/11.2/progress", Map.of("status", "finished"));
    assertThat(Jsoup.parse(badStatus.body()).selectFirst("#error").text())
        .isEqualTo("Not a status: finished");
  }

  @Test
  void anAdminImportsAfterSeeingTheFindingsAndOthersMayNot() {
    assertThat(signedIn("ainur").get("/import").statusCode()).isEqualTo(403);
    Browser admin = signedIn("admin");
    admin.get("/import");
    String text = Bureau.seed().replace("Листинг өткізу", "Листинг");
    String boundary = "----mics" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
        + admin.csrf + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; "
        + "name=\"document\"; filename=\"imported.txt\"\r\nContent-Type: text/plain\r\n\r\n" + text
        + "\r\n--" + boundary + "--\r\n";
    HttpResponse<String> checked = admin.send(HttpRequest.newBuilder(
            URI.create(bureau.base + "/import"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    Document d = Jsoup.parse(checked.body());
    assertThat(d.selectFirst("#counts").text()).isEqualTo("47 Activities, 1 findings");
    assertThat(bureau.root.catalog().plans()).extracting(p -> p.key().value())
        .doesNotContain("imported");
    admin.csrf = d.select("input[name=_csrf]").last().attr("value");
    HttpResponse<String> stored = admin.post("/import/confirm", Map.of("plan", ""));
    assertThat(stored.statusCode()).isEqualTo(303);
    assertThat(stored.headers().firstValue("Location")).contains("/plans/imported?imported=1");
  }

  @Test
  void theApiTakesTokensWithTheSameRightsAndRefusesRevokedOnes() throws Exception {
    String admin = bureau.root.accounts().issueToken(Bureau.OPERATOR, "admin", "it").secret();
    String viewer = bureau.root.accounts().issueToken(Bureau.OPERATOR, "viewer", "it").secret();
    Browser api = new Browser(bureau.base);

    assertThat(api.get("/api/plans").statusCode()).isEqualTo(401);
    JsonNode openApi = JSON.readTree(api.get("/api/openapi.json").body());
    assertThat(openApi.get("openapi").asText()).isEqualTo("3.0.3");
    assertThat(openApi.get("paths").has("/api/plans/{key}/activities/{code}/progress")).isTrue();

    HttpResponse<String> plans = bearer(api, viewer, "GET", "/api/plans", null);
    assertThat(plans.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(plans.body()).findValuesAsText("key")).contains(Bureau.PLAN);

    HttpResponse<String> refused = bearer(api, viewer, "POST", "/api/plans/" + Bureau.PLAN
        + "/activities/11.5/progress", "{\"status\":\"done\"}");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(refused.body()).get("error").asText())
        .isEqualTo("viewer may not record progress on 11.5: it is not an activity of their"
            + " executors");

    String ainur = JSON.readTree(bearer(api, admin, "POST", "/api/tokens",
        "{\"account\":\"ainur\",\"label\":\"script\"}").body()).get("token").asText();
    HttpResponse<String> recorded = bearer(api, ainur, "POST", "/api/plans/" + Bureau.PLAN
        + "/activities/11.5/progress", "{\"status\":\"done\",\"on\":\"2024-07-01\"}");
    assertThat(recorded.statusCode()).isEqualTo(201);
    assertThat(JSON.readTree(recorded.body()).get("actor").asText()).isEqualTo("ainur");

    assertThat(bearer(api, viewer, "DELETE", "/api/tokens/1", null).statusCode()).isEqualTo(403);
    long id = bureau.root.accounts().tokens(Bureau.OPERATOR).stream()
        .filter(t -> t.account().equals("ainur")).findFirst().orElseThrow().id();
    assertThat(bearer(api, admin, "DELETE", "/api/tokens/" + id, null).statusCode())
        .isEqualTo(204);
    HttpResponse<String> revoked = bearer(api, ainur, "GET", "/api/plans", null);
    assertThat(revoked.statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(revoked.body()).get("error").asText())
        .isEqualTo("this API token is not valid, or was revoked");
  }

  private static HttpResponse<String> bearer(Browser b, String token, String method, String path,
      String json) {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(bureau.base + path))
        .header("Authorization", "Bearer " + token);
    if (json != null) {
      r.header("Content-Type", "application/json");
    }
    return b.send(r.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(json)));
  }
}
