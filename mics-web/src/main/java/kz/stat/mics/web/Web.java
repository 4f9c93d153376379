package kz.stat.mics.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import kz.stat.mics.app.CompositionRoot;
import kz.stat.mics.domain.account.Account;
import kz.stat.mics.domain.account.Actor;
import kz.stat.mics.domain.application.SignIn;
import kz.stat.mics.domain.language.Language;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * What pages and the API share: the language of a request (a switch kept in the session, else
 * Accept-Language, else English), the signed-in account as the store has it now, and the
 * precompiled templates.
 */
@Component
public final class Web {
  private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null,
      gg.jte.ContentType.Html, null, "kz.stat.mics.web.pages");
  private final SignIn signIn;
  private final Map<Language, Map<String, String>> words = new ConcurrentHashMap<>();

  Web(SignIn signIn) {
    this.signIn = signIn;
  }

  /** Signed out, or disabled since signing in: the session no longer counts. */
  static final class SignedOut extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /** The account signed in for this request, as the store has it now. */
  Account account() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    if (a == null || !a.isAuthenticated() || a.getName() == null) {
      throw new SignedOut();
    }
    return signIn.current(a.getName()).orElseThrow(SignedOut::new);
  }

  Actor actor() {
    return Actor.signedIn(account());
  }

  Language language(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Optional<Language> asked = Optional.ofNullable(request.getParameter("lang"))
        .flatMap(Language::ofCode);
    if (asked.isPresent()) {
      request.getSession(true).setAttribute("lang", asked.get().code());
      return asked.get();
    }
    if (session != null && session.getAttribute("lang") instanceof String code) {
      Optional<Language> kept = Language.ofCode(code);
      if (kept.isPresent()) {
        return kept.get();
      }
    }
    Enumeration<Locale> locales = request.getLocales();
    while (locales.hasMoreElements()) {
      Optional<Language> l = Language.ofCode(locales.nextElement().getLanguage());
      if (l.isPresent()) {
        return l.get();
      }
    }
    return Language.EN;
  }

  /** The words of {@code language}: the report's labels and the web app's own. */
  Map<String, String> words(Language language) {
    return words.computeIfAbsent(language, l -> {
      Map<String, String> m = new HashMap<>(CompositionRoot.labels(l));
      ResourceBundle b = ResourceBundle.getBundle("kz.stat.mics.web.web", l.locale());
      for (String k : b.keySet()) {
        m.put(k, b.getString(k));
      }
      return Map.copyOf(m);
    });
  }

  Page page(HttpServletRequest request, Optional<Account> account) {
    Language l = language(request);
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    return new Page(l, words(l), account, csrf == null ? "_csrf" : csrf.getParameterName(),
        csrf == null ? "" : csrf.getToken(), request.getRequestURI());
  }

  Page page(HttpServletRequest request) {
    return page(request, Optional.of(account()));
  }

  static String render(String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    TEMPLATES.render(template, params, out);
    return out.toString();
  }
}
