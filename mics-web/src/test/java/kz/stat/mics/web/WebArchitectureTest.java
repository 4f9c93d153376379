package kz.stat.mics.web;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import kz.stat.mics.domain.monitoring.Monitor;
import kz.stat.mics.domain.port.PlanDocuments;
import kz.stat.mics.domain.port.Plans;
import kz.stat.mics.domain.rules.PlanRules;
import kz.stat.mics.domain.schedule.DeadlineParser;
import kz.stat.mics.web.planted.ReachesTheCommandLine;
import kz.stat.mics.web.planted.ReachesTheStore;
import kz.stat.mics.web.planted.ReachesTheStorePort;
import org.junit.jupiter.api.Test;

/**
 * The web module is a driving adapter: it reaches the use cases and the composition root, never
 * jOOQ, picocli, the adapters or the domain's stores and services. Each rule is shown to reject a
 * planted violation.
 */
class WebArchitectureTest {
  static final ArchRule webUsesOnlyUseCasesAndTheRoot = noClasses()
      .that().resideInAPackage("kz.stat.mics.web..")
      .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "picocli..",
          "org.flywaydb..", "org.postgresql..", "java.sql..", "kz.stat.mics.persistence..",
          "kz.stat.mics.io..", "kz.stat.mics.embedded..", "kz.stat.mics.app.cli..")
      .orShould().dependOnClassesThat(belongToAnyOf(Plans.class, PlanDocuments.class,
          Monitor.class, PlanRules.class, DeadlineParser.class))
      .because("the web app is another driving adapter beside the command line: it asks the"
          + " composition root for use cases and formats their answers; the store, the formats and"
          + " the rules are reached only through the use cases");

  private static JavaClasses production() {
    return new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
        .importPackages("kz.stat.mics.web");
  }

  @Test
  void theWebAppUsesOnlyTheUseCasesAndTheCompositionRoot() {
    JavaClasses classes = production();
    assertThat(classes.contain(Pages.class)).isTrue();
    webUsesOnlyUseCasesAndTheRoot.check(classes);
  }

  @Test
  void theRuleRejectsAPageThatReachesJooq() {
    assertThatThrownBy(() -> webUsesOnlyUseCasesAndTheRoot.check(
        new ClassFileImporter().importClasses(ReachesTheStore.class)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("org.jooq.DSLContext");
  }

  @Test
  void theRuleRejectsAPageThatReachesTheCommandLine() {
    assertThatThrownBy(() -> webUsesOnlyUseCasesAndTheRoot.check(
        new ClassFileImporter().importClasses(ReachesTheCommandLine.class)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("picocli.CommandLine");
  }

  @Test
  void theRuleRejectsAPageThatCallsTheStorePortItself() {
    assertThatThrownBy(() -> webUsesOnlyUseCasesAndTheRoot.check(
        new ClassFileImporter().importClasses(ReachesTheStorePort.class)))
        .isInstanceOf(AssertionError.class).hasMessageContaining(Plans.class.getName());
  }
}
