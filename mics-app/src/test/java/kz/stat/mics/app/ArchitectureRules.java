package kz.stat.mics.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import kz.stat.mics.domain.monitoring.Monitor;
import kz.stat.mics.domain.plan.PlanDiff;
import kz.stat.mics.domain.port.PlanDocuments;
import kz.stat.mics.domain.port.Plans;
import kz.stat.mics.domain.rules.PlanRules;
import kz.stat.mics.domain.schedule.DeadlineParser;

/**
 * The boundaries of the hexagon as ArchUnit rules, checked on the production classes of every
 * module by {@link ArchitectureTest} and shown to fail on compiled planted violations by
 * {@link ArchitectureRulesCatchViolationsTest}.
 */
final class ArchitectureRules {
  private ArchitectureRules() {}

  static final String DOMAIN = "kz.stat.mics.domain..";
  static final String USE_CASES = "kz.stat.mics.domain.application..";
  static final String IO = "kz.stat.mics.io..";
  static final String PERSISTENCE = "kz.stat.mics.persistence..";
  static final String EMBEDDED = "kz.stat.mics.embedded..";
  static final String APP = "kz.stat.mics.app..";
  static final String CLI = "kz.stat.mics.app.cli..";
  /** Every driven adapter module: what only the composition root may wire. */
  static final String[] ADAPTERS = {IO, PERSISTENCE, EMBEDDED};

  /** The packages the domain may use besides its own: no I/O, SQL, network, reflection, threads. */
  static final String[] DOMAIN_ALLOWED_PACKAGES = {"java.lang", "java.util..", "java.time..",
      "java.text", "java.math", "com.google.common..", "com.google.errorprone.annotations..",
      "javax.annotation..", "kz.stat.mics.domain.."};

  /**
   * The only classes of {@code java.io} a port may name: streams of bytes as abstractions, with
   * their exceptions. No file, console or serialisation machinery.
   */
  static final Class<?>[] DOMAIN_ALLOWED_STREAMS = {InputStream.class, OutputStream.class,
      IOException.class, UncheckedIOException.class, Serializable.class};

  /** Classes of {@code java.lang} and {@code java.util} that start threads, processes or reach out. */
  static final String[] DOMAIN_FORBIDDEN = {"java.lang.Thread", "java.lang.ThreadGroup",
      "java.lang.Runtime", "java.lang.ProcessBuilder", "java.lang.Process", "java.lang.ClassLoader",
      "java.lang.System"};

  static final ArchRule domainUsesOnlyJavaAndGuava = classes()
      .that().resideInAPackage(DOMAIN)
      .should().onlyDependOnClassesThat(or(resideInAnyPackage(DOMAIN_ALLOWED_PACKAGES),
          belongToAnyOf(DOMAIN_ALLOWED_STREAMS)))
      .because("the domain is pure Java and Guava, so any service can embed it and every"
          + " technology (files, SQL, network, reflection) plugs in through its ports");

  static final ArchRule domainStartsNoThreadsOrProcesses = noClasses()
      .that().resideInAPackage(DOMAIN)
      .should().dependOnClassesThat(nameIn(DOMAIN_FORBIDDEN))
      .orShould().dependOnClassesThat().resideInAPackage("java.util.concurrent..")
      .because("the domain computes; threads, processes, the environment and the clock come"
          + " from the adapters through its ports");

  static final ArchRule ioKnowsNeitherStoreNorApp = noClasses()
      .that().resideInAPackage(IO)
      .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, EMBEDDED, APP)
      .because("documents are read and written behind the domain's ports, knowing nothing of the"
          + " database or the command line");

  static final ArchRule storeKnowsNeitherDocumentsNorApp = noClasses()
      .that().resideInAnyPackage(PERSISTENCE)
      .should().dependOnClassesThat().resideInAnyPackage(IO, EMBEDDED, APP)
      .because("the store works behind the domain's store port and knows nothing of document"
          + " formats, the embedded server or the command line");

  static final ArchRule embeddedServerKnowsNeitherDocumentsNorApp = noClasses()
      .that().resideInAPackage(EMBEDDED)
      .should().dependOnClassesThat().resideInAnyPackage(IO, APP)
      .because("the embedded server only starts a private PostgreSQL for the store; documents and"
          + " the command line are none of its business");

  static final ArchRule modulesAreFreeOfCycles = slices()
      .matching("kz.stat.mics.(*)..")
      .should().beFreeOfCycles()
      .because("the modules form a hexagon: adapters point at the domain, never back");

  static final ArchRule domainPackagesAreFreeOfCycles = slices()
      .matching("kz.stat.mics.domain.(*)..")
      .should().beFreeOfCycles()
      .because("domain concepts build on one another in one direction, so each can be read alone");

  static final ArchRule modelKnowsNoUseCase = noClasses()
      .that().resideInAPackage(DOMAIN).and().resideOutsideOfPackage(USE_CASES)
      .should().dependOnClassesThat().resideInAPackage(USE_CASES)
      .because("the use cases orchestrate the model and the ports; the model knows nothing of"
          + " who calls it");

  static final ArchRule adaptersImplementDomainPorts = classes()
      .that(handDomainPlansAcross())
      .should().implement(domainPort())
      .because("a class that reads or writes plans plugs in through a port the domain owns; one"
          + " that implements none is a side door around the hexagon");

  /** What a command may use: the JDK's basics, its libraries, the use cases and domain values. */
  static final String[] CLI_ALLOWED_PACKAGES = {"java.lang..", "java.util..", "java.io..",
      "java.nio..", "java.time..", "java.text..", "java.math..", "picocli..",
      "com.fasterxml.jackson..", "me.tongfei.progressbar..", "com.google.common..", APP,
      USE_CASES, "kz.stat.mics.domain.plan..", "kz.stat.mics.domain.progress..",
      "kz.stat.mics.domain.monitoring..", "kz.stat.mics.domain.schedule..",
      "kz.stat.mics.domain.rules..", "kz.stat.mics.domain.language..",
      "kz.stat.mics.domain.executor..", "kz.stat.mics.domain.port..",
      "kz.stat.mics.domain.account.."};

  /** The domain's services and stores, which only the use cases call. */
  static final Class<?>[] CLI_FORBIDDEN = {Plans.class, PlanDocuments.class, Monitor.class,
      PlanRules.class, DeadlineParser.class};

  static final ArchRule commandLineGoesThroughUseCases = classes()
      .that().resideInAPackage(CLI)
      .should().onlyDependOnClassesThat(resideInAnyPackage(CLI_ALLOWED_PACKAGES)
          .and(not(belongToAnyOf(CLI_FORBIDDEN))))
      .because("a command parses its arguments, calls one use case and formats the answer: the"
          + " store, the documents, the monitor, the rules and the parser are reached through"
          + " the use cases, and nothing else (no JDBC, no network) is reached at all");

  static final ArchRule commandLineComparesNoPlans = noClasses()
      .that().resideInAPackage(CLI)
      .should().callMethod(PlanDiff.class, "between",
          kz.stat.mics.domain.plan.ActionPlan.class, kz.stat.mics.domain.plan.ActionPlan.class)
      .because("what changed between revisions is a use case's answer, not a command's work");

  static final ArchRule onlyTheCompositionRootWiresAdapters = noClasses()
      .that().resideOutsideOfPackages(ADAPTERS)
      .and().doNotBelongToAnyOf(CompositionRoot.class)
      .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
      .because("one composition root chooses the concrete adapters; every driving adapter asks it"
          + " for use cases, so a store or a format is swapped in one place");

  /** The production classes of every module, as the build checks them. */
  static JavaClasses production() {
    return new ClassFileImporter()
        .withImportOption(new ImportOption.DoNotIncludeTests())
        .withImportOption(new DoNotIncludeTestJars())
        .importPackages("kz.stat.mics");
  }

  private static DescribedPredicate<JavaClass> nameIn(String... names) {
    List<String> list = List.of(names);
    return DescribedPredicate.describe("one of " + list, c -> list.contains(c.getName()));
  }

  /**
   * Adapters, found by what they do rather than by their names: public top-level classes of the
   * adapter modules, outside their internal packages, with a public method that takes or returns
   * a plan, a history or a revision of the domain.
   */
  private static DescribedPredicate<JavaClass> handDomainPlansAcross() {
    return DescribedPredicate.describe("take or return the domain's plans (adapters)", c ->
        c.isTopLevelClass() && !c.isInterface()
            && c.getModifiers().contains(JavaModifier.PUBLIC)
            && resideInAnyPackage(ADAPTERS).test(c)
            && !c.getPackageName().contains(".internal")
            && c.getMethods().stream()
                .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                .anyMatch(ArchitectureRules::handsAPlan));
  }

  private static boolean handsAPlan(JavaMethod m) {
    return isPlan(m.getRawReturnType())
        || m.getRawParameterTypes().stream().anyMatch(ArchitectureRules::isPlan);
  }

  private static boolean isPlan(JavaClass type) {
    return type.getPackageName().equals("kz.stat.mics.domain.plan");
  }

  private static DescribedPredicate<JavaClass> domainPort() {
    return DescribedPredicate.describe("an interface of kz.stat.mics.domain.port",
        c -> c.isInterface() && c.getPackageName().equals("kz.stat.mics.domain.port"));
  }
}
