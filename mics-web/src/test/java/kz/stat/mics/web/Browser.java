package kz.stat.mics.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A user's browser as far as the server can tell: cookies, forms with their CSRF token. */
final class Browser {
  private final String base;
  private final HttpClient http;
  private final String language;
  /** The CSRF token of the last page that had a form. */
  String csrf = "";

  Browser(String base) {
    this(base, "en");
  }

  Browser(String base, String language) {
    this.base = base;
    this.language = language;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  HttpResponse<String> get(String path) {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    Element token = Jsoup.parse(r.body()).selectFirst("input[name=_csrf]");
    if (token != null) {
      csrf = token.attr("value");
    }
    return r;
  }

  Document page(String path) {
    return Jsoup.parse(get(path).body());
  }

  /** Posts a form with the CSRF token of the last page. */
  HttpResponse<String> post(String path, Map<String, String> form) {
    Map<String, String> all = new LinkedHashMap<>(form);
    all.put("_csrf", csrf);
    return postRaw(path, all);
  }

  /** Posts a form as it is: no CSRF token unless it carries one. */
  HttpResponse<String> postRaw(String path, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Signs in; the answer is the redirect of the form login. */
  HttpResponse<String> signIn(String name, String password) {
    get("/login");
    return post("/login", Map.of("username", name, "password", password));
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.header("Accept-Language", language).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
