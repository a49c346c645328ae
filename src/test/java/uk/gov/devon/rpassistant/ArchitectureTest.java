package uk.gov.devon.rpassistant;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package rules of the house style, checked on the compiled classes. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.gov.devon.rpassistant");

    @Test
    void onlyTheBotPackageKnowsTheBotFrameworkSdk() {
        noClasses().that().resideOutsideOfPackage("uk.gov.devon.rpassistant.bot..")
                .should().dependOnClassesThat().resideInAPackage("com.microsoft.bot..")
                .check(CLASSES);
    }

    @Test
    void theKnowledgeBaseDependsOnNoOtherFeature() {
        noClasses().that().resideInAPackage("uk.gov.devon.rpassistant.knowledge..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.gov.devon.rpassistant.answer..",
                        "uk.gov.devon.rpassistant.bot..", "uk.gov.devon.rpassistant.safety..",
                        "uk.gov.devon.rpassistant.induction..", "uk.gov.devon.rpassistant.insights..")
                .check(CLASSES);
    }

    @Test
    void nothingOutsideTheBotPackageDependsOnIt() {
        noClasses().that().resideOutsideOfPackage("uk.gov.devon.rpassistant.bot..")
                .should().dependOnClassesThat().resideInAPackage("uk.gov.devon.rpassistant.bot..")
                .check(CLASSES);
    }

    @Test
    void storedDataIsReachedOnlyThroughItsOwnFeatures() {
        noClasses().that().resideInAnyPackage("uk.gov.devon.rpassistant.state..", "uk.gov.devon.rpassistant.insights..",
                        "uk.gov.devon.rpassistant.experts..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.gov.devon.rpassistant.bot..",
                        "uk.gov.devon.rpassistant.admin..")
                .check(CLASSES);
    }
}
