package kz.stat.mics.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import kz.stat.mics.domain.planted.DomainThatReadsJson;
import kz.stat.mics.domain.plantedleft.Left;
import kz.stat.mics.domain.plantedright.Right;
import kz.stat.mics.io.planted.LooseCsvPlanReader;
import kz.stat.mics.persistence.planted.StoreThatWritesCsv;
import org.junit.jupiter.api.Test;

/**
 * Every architecture rule, run on test classes planted in the real packages to break it, reports
 * that very class: no rule passes by checking nothing.
 */
class ArchitectureRulesCatchViolationsTest {

  private static String violations(ArchRule rule, Class<?>... planted) {
    JavaClasses classes = new ClassFileImporter().importClasses(planted);
    EvaluationResult result = rule.evaluate(classes);
    assertThat(result.hasViolation()).as("rule %s reports a violation", rule.getDescription())
        .isTrue();
    return String.join("\n", result.getFailureReport().getDetails());
  }

  @Test
  void aDomainClassThatUsesJacksonBreaksTheDomainRule() {
    assertThat(violations(ArchitectureTest.domainUsesOnlyJavaAndGuava, DomainThatReadsJson.class))
        .contains("DomainThatReadsJson").contains("com.fasterxml.jackson");
  }

  @Test
  void aDocumentReaderThatCallsTheStoreBreaksTheIoRule() {
    assertThat(violations(ArchitectureTest.ioKnowsNeitherStoreNorApp, LooseCsvPlanReader.class,
        StoreThatWritesCsv.class))
        .contains("LooseCsvPlanReader").contains("StoreThatWritesCsv");
  }

  @Test
  void aStoreThatCallsADocumentReaderBreaksTheStoreRule() {
    assertThat(violations(ArchitectureTest.storeKnowsNeitherDocumentsNorApp,
        StoreThatWritesCsv.class, LooseCsvPlanReader.class))
        .contains("StoreThatWritesCsv").contains("LooseCsvPlanReader");
  }

  @Test
  void ioAndPersistenceUsingEachOtherBreakTheModuleCycleRule() {
    assertThat(violations(ArchitectureTest.modulesAreFreeOfCycles, LooseCsvPlanReader.class,
        StoreThatWritesCsv.class))
        .contains("LooseCsvPlanReader").contains("StoreThatWritesCsv");
  }

  @Test
  void twoDomainPackagesUsingEachOtherBreakTheDomainCycleRule() {
    assertThat(violations(ArchitectureTest.domainPackagesAreFreeOfCycles, Left.class,
        Right.class))
        .contains("plantedleft").contains("plantedright");
  }

  @Test
  void aReaderThatImplementsNoPortBreaksTheAdapterRule() {
    assertThat(violations(ArchitectureTest.adaptersImplementDomainPorts, LooseCsvPlanReader.class))
        .contains("LooseCsvPlanReader");
  }

  @Test
  void theRealDomainKeepsTheDomainRule() {
    JavaClasses domain = new ClassFileImporter()
        .withImportOption(new ImportOption.DoNotIncludeTests())
        .withImportOption(new DoNotIncludeTestJars())
        .importPackages("kz.stat.mics.domain.plan", "kz.stat.mics.domain.schedule");
    EvaluationResult result = ArchitectureTest.domainUsesOnlyJavaAndGuava.evaluate(domain);
    assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
  }
}
