package kz.stat.mics.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The boundaries of the hexagon, checked on the production classes of every module. Each rule is
 * shown to fail on a planted violation in {@link ArchitectureRulesCatchViolationsTest}.
 */
@AnalyzeClasses(packages = "kz.stat.mics",
    importOptions = {DoNotIncludeTests.class, DoNotIncludeTestJars.class})
public class ArchitectureTest {

  /** The packages the domain may use besides its own. */
  static final String[] DOMAIN_ALLOWED = {"java..", "com.google.common..", "com.google.errorprone..",
      "javax.annotation..", "kz.stat.mics.domain.."};

  @ArchTest
  static final ArchRule domainUsesOnlyJavaAndGuava = classes()
      .that().resideInAPackage("kz.stat.mics.domain..")
      .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN_ALLOWED)
      .because("the domain is pure Java and Guava, so any service can embed it and every"
          + " technology plugs in through its ports");

  @ArchTest
  static final ArchRule ioKnowsNeitherStoreNorApp = noClasses()
      .that().resideInAPackage("kz.stat.mics.io..")
      .should().dependOnClassesThat().resideInAnyPackage("kz.stat.mics.persistence..",
          "kz.stat.mics.app..")
      .because("documents are read and written behind the domain's ports, knowing nothing of the"
          + " database or the command line");

  @ArchTest
  static final ArchRule storeKnowsNeitherDocumentsNorApp = noClasses()
      .that().resideInAPackage("kz.stat.mics.persistence..")
      .should().dependOnClassesThat().resideInAnyPackage("kz.stat.mics.io..",
          "kz.stat.mics.app..")
      .because("the store works behind the domain's store port and knows nothing of document"
          + " formats or the command line");

  @ArchTest
  static final ArchRule modulesAreFreeOfCycles = slices()
      .matching("kz.stat.mics.(*)..")
      .should().beFreeOfCycles()
      .because("the modules form a hexagon: adapters point at the domain, never back");

  @ArchTest
  static final ArchRule domainPackagesAreFreeOfCycles = slices()
      .matching("kz.stat.mics.domain.(*)..")
      .should().beFreeOfCycles()
      .because("domain concepts build on one another in one direction, so each can be read alone");

  @ArchTest
  static final ArchRule adaptersImplementDomainPorts = classes()
      .that(areAdapters())
      .should().implement(domainPort())
      .because("an adapter plugs in through a port the domain owns; a reader, writer or store that"
          + " implements none is a side door around the hexagon");

  /** Public top-level classes of io and persistence named as readers, writers or stores. */
  private static DescribedPredicate<JavaClass> areAdapters() {
    return new DescribedPredicate<>("adapters (public *Reader, *Writer, *Plans in io or persistence)") {
      @Override
      public boolean test(JavaClass c) {
        String pkg = c.getPackageName();
        String name = c.getSimpleName();
        return (pkg.startsWith("kz.stat.mics.io") || pkg.startsWith("kz.stat.mics.persistence"))
            && c.isTopLevelClass() && !c.isInterface()
            && c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
            && (name.endsWith("Reader") || name.endsWith("Writer") || name.endsWith("Plans"));
      }
    };
  }

  private static DescribedPredicate<JavaClass> domainPort() {
    return new DescribedPredicate<>("an interface of kz.stat.mics.domain.port") {
      @Override
      public boolean test(JavaClass c) {
        return c.isInterface() && c.getPackageName().equals("kz.stat.mics.domain.port");
      }
    };
  }
}
