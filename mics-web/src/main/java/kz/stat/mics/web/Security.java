package kz.stat.mics.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.stat.mics.domain.account.Account;
import kz.stat.mics.domain.application.SignIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may reach what: the pages through a form sign-in and a session (CSRF on every form), the
 * API under /api through personal tokens (Bearer) only, and on every answer secure headers with a
 * Content-Security-Policy that lets no inline script run.
 */
@Configuration
public class Security {
  /** No script at all, inline or not; the report's inline styles are allowed. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' "
      + "'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; "
      + "base-uri 'none'; object-src 'none'";

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http, SignIn signIn) throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(a -> a.requestMatchers("/api/openapi.json").permitAll()
            .anyRequest().authenticated())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // No cookie is accepted here, only a token in a header: a forged request carries none.
        .csrf(c -> c.disable())
        .requestCache(c -> c.disable())
        .addFilterBefore(new BearerTokens(signIn), UsernamePasswordAuthenticationFilter.class)
        .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) ->
            json(res, 401, "sign in with an API token: Authorization: Bearer TOKEN"))
            .accessDeniedHandler((req, res, ex) -> json(res, 403, "not allowed")));
    headers(http);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pageChain(HttpSecurity http, SignIn signIn, SignInThrottle throttle)
      throws Exception {
    http.authorizeHttpRequests(a -> a.requestMatchers("/login", "/mics.css", "/error")
            .permitAll().anyRequest().authenticated())
        .authenticationProvider(new Passwords(signIn, throttle))
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?out")
            .invalidateHttpSession(true).clearAuthentication(true)
            .deleteCookies("JSESSIONID"))
        // An ended session is said so on the sign-in page; a missing CSRF token stays a 403.
        .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> res.sendRedirect(
            req.getRequestedSessionId() != null && !req.isRequestedSessionIdValid()
                ? "/login?expired" : "/login")));
    headers(http);
    return http.build();
  }

  private static void headers(HttpSecurity http) throws Exception {
    http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
        .frameOptions(f -> f.deny()));
  }

  static void json(HttpServletResponse res, int status, String message) throws IOException {
    res.setStatus(status);
    res.setContentType("application/json;charset=UTF-8");
    res.getOutputStream().write(("{\"error\":\"" + message.replace("\\", "\\\\")
        .replace("\"", "\\\"") + "\"}").getBytes(StandardCharsets.UTF_8));
  }

  static List<SimpleGrantedAuthority> authorities(Account account) {
    return List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
  }

  /** Name and password, through the sign-in use case, throttled. */
  static final class Passwords implements AuthenticationProvider {
    private final SignIn signIn;
    private final SignInThrottle throttle;

    Passwords(SignIn signIn, SignInThrottle throttle) {
      this.signIn = signIn;
      this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication)
        throws AuthenticationException {
      String name = authentication.getName() == null ? "" : authentication.getName().strip();
      String password = String.valueOf(authentication.getCredentials());
      Instant now = Instant.now();
      Duration locked = throttle.locked(name, now);
      if (!locked.isZero()) {
        throw new LockedException("too many failed sign-ins for " + name + "; try again in "
            + Math.max(1, locked.toSeconds()) + " s");
      }
      Optional<Account> account = signIn.withPassword(name, password);
      if (account.isEmpty()) {
        throttle.failed(name, now);
        throw new BadCredentialsException("wrong name or password");
      }
      throttle.succeeded(name);
      return UsernamePasswordAuthenticationToken.authenticated(account.get().name(), null,
          authorities(account.get()));
    }

    @Override
    public boolean supports(Class<?> authentication) {
      return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
  }

  /** Authorization: Bearer TOKEN, through the sign-in use case; a bad token is refused at once. */
  static final class BearerTokens extends OncePerRequestFilter {
    private final SignIn signIn;

    BearerTokens(SignIn signIn) {
      this.signIn = signIn;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res,
        FilterChain chain) throws ServletException, IOException {
      String header = req.getHeader("Authorization");
      if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
        Optional<Account> account = signIn.withToken(header.substring(7).strip());
        if (account.isEmpty()) {
          json(res, 401, "this API token is not valid, or was revoked");
          return;
        }
        SecurityContextHolder.getContext().setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(account.get().name(), null,
                authorities(account.get())));
      }
      chain.doFilter(req, res);
    }
  }
}
