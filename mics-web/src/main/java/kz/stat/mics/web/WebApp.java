package kz.stat.mics.web;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import kz.stat.mics.app.CompositionRoot;
import kz.stat.mics.domain.application.SignIn;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/**
 * The application: Spring MVC and Spring Security on an embedded Tomcat. The store is not Boot's:
 * it comes from the composition root handed in, so Boot's data source, Flyway and jOOQ set-ups
 * stay off.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
    "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
    "org.springframework.boot.autoconfigure.jooq.JooqAutoConfiguration",
    "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration"})
@ComponentScan
public class WebApp {

  /** Checking passwords and tokens; one for the server's life. */
  @Bean
  SignIn signIn(CompositionRoot root) {
    return root.signIn();
  }

  /** Sessions end after this idle time (Tomcat would round the setting to whole minutes). */
  @Bean
  HttpSessionListener idleTimeout(@Value("${mics.web.idle}") Duration idle) {
    return new HttpSessionListener() {
      @Override
      public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval((int) Math.max(1, idle.toSeconds()));
      }
    };
  }
}
