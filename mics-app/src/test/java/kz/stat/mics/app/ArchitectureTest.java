package kz.stat.mics.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of the hexagon, checked on the production classes of every module: each rule is
 * a plain test, so the build runs it whatever runner it has.
 */
class ArchitectureTest {
  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production = ArchitectureRules.production();
  }

  @Test
  void theDomainUsesOnlyJavaAndGuava() {
    ArchitectureRules.domainUsesOnlyJavaAndGuava.check(production);
  }

  @Test
  void theDomainStartsNoThreadsOrProcesses() {
    ArchitectureRules.domainStartsNoThreadsOrProcesses.check(production);
  }

  @Test
  void documentsKnowNeitherTheStoreNorTheApp() {
    ArchitectureRules.ioKnowsNeitherStoreNorApp.check(production);
  }

  @Test
  void theStoreKnowsNeitherDocumentsNorTheApp() {
    ArchitectureRules.storeKnowsNeitherDocumentsNorApp.check(production);
  }

  @Test
  void theEmbeddedServerKnowsNeitherDocumentsNorTheApp() {
    ArchitectureRules.embeddedServerKnowsNeitherDocumentsNorApp.check(production);
  }

  @Test
  void modulesAreFreeOfCycles() {
    ArchitectureRules.modulesAreFreeOfCycles.check(production);
  }

  @Test
  void domainPackagesAreFreeOfCycles() {
    ArchitectureRules.domainPackagesAreFreeOfCycles.check(production);
  }

  @Test
  void theModelKnowsNoUseCase() {
    ArchitectureRules.modelKnowsNoUseCase.check(production);
  }

  @Test
  void adaptersImplementDomainPorts() {
    ArchitectureRules.adaptersImplementDomainPorts.check(production);
  }

  @Test
  void theCommandLineGoesThroughUseCases() {
    ArchitectureRules.commandLineGoesThroughUseCases.check(production);
  }

  @Test
  void theCommandLineComparesNoPlans() {
    ArchitectureRules.commandLineComparesNoPlans.check(production);
  }

  @Test
  void onlyTheCompositionRootWiresAdapters() {
    ArchitectureRules.onlyTheCompositionRootWiresAdapters.check(production);
  }
}
