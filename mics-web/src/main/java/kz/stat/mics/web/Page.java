package kz.stat.mics.web;

import java.util.Map;
import java.util.Optional;
import kz.stat.mics.domain.account.Account;
import kz.stat.mics.domain.account.Role;
import kz.stat.mics.domain.language.Language;

/**
 * What every page knows: its language and words, who is signed in, and the CSRF token its forms
 * carry.
 *
 * @param path the page's own path, for the language switch
 */
public record Page(Language language, Map<String, String> words, Optional<Account> account,
    String csrfName, String csrfToken, String path) {

  /** The word for {@code key} in the page's language. */
  public String t(String key) {
    return words.getOrDefault(key, key);
  }

  public String lang() {
    return language.code();
  }

  public boolean admin() {
    return account.map(a -> a.role() == Role.ADMIN).orElse(false);
  }

  public boolean editor() {
    return account.map(a -> a.role() == Role.EDITOR).orElse(false);
  }

  public String who() {
    return account.map(a -> a.name() + " (" + a.role().label() + ")").orElse("");
  }
}
