package kz.stat.mics.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import kz.stat.mics.domain.plan.ActionPlan;
import kz.stat.mics.io.Documents;
import kz.stat.mics.persistence.PlanDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every architecture rule rejects a violation planted in the real packages: each planted class is
 * compiled from source here, imported beside the production classes, and given to the very rule
 * object that {@link ArchitectureTest} checks in the build. No rule passes by checking nothing.
 */
class ArchitectureRulesCatchViolationsTest {
  private static JavaClasses production;
  /** The production classes with every planted class beside them, imported once. */
  private static JavaClasses withPlanted;

  @TempDir
  static Path classes;

  @BeforeAll
  static void importProductionAndPlantedClasses() throws IOException {
    production = ArchitectureRules.production();
    List<Path> paths = new ArrayList<>(productionLocations());
    paths.add(compile(violations().map(a -> (Planted) a.get()[0]).toList()));
    withPlanted = new ClassFileImporter().importLocations(paths.stream()
        .map(ArchitectureRulesCatchViolationsTest::locationOf).toList());
  }

  /** A planted class: its name, its source, and the rule it breaks. */
  record Planted(String name, String source, ArchRule rule) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> violations() {
    return Stream.of(
        planted("kz.stat.mics.domain.monitoring.PlantedSqlMonitor", """
            package kz.stat.mics.domain.monitoring;
            public class PlantedSqlMonitor {
              Object open() throws Exception {
                return java.sql.DriverManager.getConnection("jdbc:postgresql:mics");
              }
            }""", ArchitectureRules.domainUsesOnlyJavaAndGuava),
        planted("kz.stat.mics.domain.plan.PlantedFileReader", """
            package kz.stat.mics.domain.plan;
            public class PlantedFileReader {
              byte[] read() throws Exception {
                return java.nio.file.Files.readAllBytes(java.nio.file.Path.of("plan.txt"));
              }
            }""", ArchitectureRules.domainUsesOnlyJavaAndGuava),
        planted("kz.stat.mics.domain.rules.PlantedReflection", """
            package kz.stat.mics.domain.rules;
            public class PlantedReflection {
              Object make(Class<?> c) throws Exception {
                return c.getDeclaredConstructor().newInstance();
              }
            }""", ArchitectureRules.domainUsesOnlyJavaAndGuava),
        planted("kz.stat.mics.domain.executor.PlantedNetwork", """
            package kz.stat.mics.domain.executor;
            public class PlantedNetwork {
              Object fetch() throws Exception {
                return new java.net.URL("https://example.org").openStream();
              }
            }""", ArchitectureRules.domainUsesOnlyJavaAndGuava),
        planted("kz.stat.mics.domain.monitoring.PlantedThread", """
            package kz.stat.mics.domain.monitoring;
            public class PlantedThread {
              void later(Runnable r) {
                new Thread(r).start();
              }
            }""", ArchitectureRules.domainStartsNoThreadsOrProcesses),
        planted("kz.stat.mics.domain.language.PlantedCycle", """
            package kz.stat.mics.domain.language;
            public class PlantedCycle {
              String title(kz.stat.mics.domain.plan.ActionPlan plan) {
                return plan.title();
              }
            }""", ArchitectureRules.domainPackagesAreFreeOfCycles),
        planted("kz.stat.mics.io.csv.PlantedStoringReader", """
            package kz.stat.mics.io.csv;
            public class PlantedStoringReader {
              Object store() {
                return kz.stat.mics.persistence.PlanDatabase.of(null);
              }
            }""", ArchitectureRules.ioKnowsNeitherStoreNorApp),
        planted("kz.stat.mics.persistence.PlantedDocumentStore", """
            package kz.stat.mics.persistence;
            public class PlantedDocumentStore {
              Object documents() {
                return new kz.stat.mics.io.Documents();
              }
            }""", ArchitectureRules.storeKnowsNeitherDocumentsNorApp),
        planted("kz.stat.mics.embedded.PlantedDocumentServer", """
            package kz.stat.mics.embedded;
            public class PlantedDocumentServer {
              Object documents() {
                return new kz.stat.mics.io.Documents();
              }
            }""", ArchitectureRules.embeddedServerKnowsNeitherDocumentsNorApp),
        planted("kz.stat.mics.persistence.PlantedCsvStore", """
            package kz.stat.mics.persistence;
            public class PlantedCsvStore {
              Object writer() {
                return new kz.stat.mics.io.Documents();
              }
            }
            //
            package kz.stat.mics.io;
            public class PlantedStoreWriter {
              Object store() {
                return kz.stat.mics.persistence.PlanDatabase.of(null);
              }
            }""", ArchitectureRules.modulesAreFreeOfCycles),
        planted("kz.stat.mics.domain.plan.PlantedViewer", """
            package kz.stat.mics.domain.plan;
            public class PlantedViewer {
              kz.stat.mics.domain.application.PlanViews views;
            }""", ArchitectureRules.modelKnowsNoUseCase),
        planted("kz.stat.mics.io.PlantedLooseReader", """
            package kz.stat.mics.io;
            public class PlantedLooseReader {
              public kz.stat.mics.domain.plan.ActionPlan read(java.io.InputStream in) {
                return null;
              }
            }""", ArchitectureRules.adaptersImplementDomainPorts),
        planted("kz.stat.mics.app.cli.PlantedStoreCommand", """
            package kz.stat.mics.app.cli;
            class PlantedStoreCommand {
              Object latest(kz.stat.mics.domain.port.Plans plans) {
                return plans.latest(kz.stat.mics.domain.plan.PlanKey.of("mics"));
              }
            }""", ArchitectureRules.commandLineGoesThroughUseCases),
        planted("kz.stat.mics.app.cli.PlantedMonitorCommand", """
            package kz.stat.mics.app.cli;
            class PlantedMonitorCommand {
              Object overdue(kz.stat.mics.domain.application.OpenedPlan p) {
                return kz.stat.mics.domain.monitoring.Monitor.of(p.plan(), p.progress())
                    .overdue(java.time.LocalDate.of(2024, 10, 1));
              }
            }""", ArchitectureRules.commandLineGoesThroughUseCases),
        planted("kz.stat.mics.app.cli.PlantedDiffCommand", """
            package kz.stat.mics.app.cli;
            class PlantedDiffCommand {
              Object diff(kz.stat.mics.domain.plan.ActionPlan a,
                  kz.stat.mics.domain.plan.ActionPlan b) {
                return kz.stat.mics.domain.plan.PlanDiff.between(a, b);
              }
            }""", ArchitectureRules.commandLineComparesNoPlans),
        planted("kz.stat.mics.app.cli.PlantedParsingCommand", """
            package kz.stat.mics.app.cli;
            class PlantedParsingCommand {
              Object read(String text) {
                return kz.stat.mics.domain.schedule.DeadlineParser.read(text,
                    kz.stat.mics.domain.schedule.DeadlineContext.none());
              }
            }""", ArchitectureRules.commandLineGoesThroughUseCases),
        planted("kz.stat.mics.app.cli.PlantedJdbcCommand", """
            package kz.stat.mics.app.cli;
            class PlantedJdbcCommand {
              Object open(String url) throws Exception {
                return java.sql.DriverManager.getConnection(url);
              }
            }""", ArchitectureRules.commandLineGoesThroughUseCases),
        planted("kz.stat.mics.app.cli.PlantedWiringCommand", """
            package kz.stat.mics.app.cli;
            class PlantedWiringCommand {
              Object documents() {
                return new kz.stat.mics.io.Documents();
              }
            }""", ArchitectureRules.onlyTheCompositionRootWiresAdapters));
  }

  private static Arguments planted(String name, String source, ArchRule rule) {
    return Arguments.of(new Planted(name, source, rule));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("violations")
  void theBuildsRuleRejectsThePlantedViolation(Planted planted) {
    assertThatThrownBy(() -> planted.rule().check(withPlanted))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Architecture Violation")
        .hasMessageContaining(planted.name());
    // and the production classes alone keep the rule, so the planted class is what breaks it
    planted.rule().check(production);
  }

  /** A directory of classes, or a jar as ArchUnit wants it named. */
  private static Location locationOf(Path path) {
    return Files.isDirectory(path) ? Location.of(path)
        : Location.of(java.net.URI.create("jar:" + path.toUri() + "!/"));
  }

  private static List<Path> productionLocations() {
    return Stream.of(ActionPlan.class, Documents.class, PlanDatabase.class,
            kz.stat.mics.embedded.EmbeddedStore.class, CompositionRoot.class)
        .map(ArchitectureRulesCatchViolationsTest::location)
        .distinct()
        .toList();
  }

  private static Path location(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Compiles the planted sources, whose compilation units are separated by lines "//". */
  private static Path compile(List<Planted> planted) throws IOException {
    Path dir = Files.createTempDirectory(classes, "planted");
    List<String> sources = new ArrayList<>();
    for (String unit : planted.stream()
        .flatMap(p -> Stream.of(p.source().split("\n//\n"))).toList()) {
      java.util.regex.Matcher name = java.util.regex.Pattern.compile("class (\\w+)").matcher(unit);
      assertThat(name.find()).as("a class in %s", unit).isTrue();
      Path src = dir.resolve("src" + sources.size()).resolve(name.group(1) + ".java");
      Files.createDirectories(src.getParent());
      Files.writeString(src, unit, StandardCharsets.UTF_8);
      sources.add(src.toString());
    }
    Path out = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String classpath = String.join(java.io.File.pathSeparator, Stream.concat(
        productionLocations().stream(), Stream.of(location(ImmutableList.class)))
        .map(Path::toString).toList());
    List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-cp", classpath,
        "-proc:none", "-implicit:none"));
    args.addAll(sources);
    int status = javac.run(null, null, null, args.toArray(String[]::new));
    assertThat(status).as("the planted classes compile").isZero();
    return out;
  }
}
