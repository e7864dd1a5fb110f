package io.autoghg.accounting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.sql.Timestamp;
import org.junit.jupiter.api.Test;

/**
 * The accounting engine is plain Java (architecture.md: "pure Java, no framework"), and its packages
 * layer from the bottom up: unit, catalogue and parameter know nothing of the engine or of file formats;
 * the methods know nothing of file formats.
 */
class ArchitectureTests {
    /**
     * Main classes only. ArchUnit's own DoNotIncludeTests recognises only "target/test-classes", and builds
     * here may write to another folder (-Dautoghg.target=…), so test classes are left out by their folder name.
     */
    private static final ImportOption MAIN_CLASSES_ONLY = location -> !location.contains("/test-classes/");
    private static final JavaClasses ACCOUNTING = new ClassFileImporter().withImportOption(MAIN_CLASSES_ONLY)
            .importPackages("io.autoghg.accounting");

    static final ArchRule NO_FRAMEWORK_OR_DATABASE = noClasses().that().resideInAPackage("io.autoghg.accounting..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta..")
            .because("the accounting engine is plain Java: no Spring, no database, no Jakarta EE");

    static final ArchRule FOUNDATIONS_DO_NOT_KNOW_THE_ENGINE = noClasses()
            .that().resideInAnyPackage("io.autoghg.accounting.unit..", "io.autoghg.accounting.catalogue..",
                    "io.autoghg.accounting.parameter..")
            .should().dependOnClassesThat().resideInAnyPackage("io.autoghg.accounting.engine..", "io.autoghg.accounting.io..")
            .because("units, the catalogue and the parameter library are the foundations the engine builds on");

    static final ArchRule METHODS_DO_NOT_KNOW_FILE_FORMATS = noClasses().that().resideInAPackage("io.autoghg.accounting.method..")
            .should().dependOnClassesThat().resideInAPackage("io.autoghg.accounting.io..")
            .because("calculation methods work on activity rows, whatever file or service they came from");

    @Test
    void accountingUsesNoFrameworkAndNoDatabase() {
        NO_FRAMEWORK_OR_DATABASE.check(ACCOUNTING);
    }

    @Test
    void unitCatalogueAndParameterDoNotDependOnEngineOrIo() {
        FOUNDATIONS_DO_NOT_KNOW_THE_ENGINE.check(ACCOUNTING);
    }

    @Test
    void methodsDoNotDependOnIo() {
        METHODS_DO_NOT_KNOW_FILE_FORMATS.check(ACCOUNTING);
    }

    @Test
    void theImportSeesEveryPackageOfTheEngineAndNoTestClass() {
        assertThat(ACCOUNTING.stream().map(javaClass -> javaClass.getPackageName()).distinct())
                .contains("io.autoghg.accounting.unit", "io.autoghg.accounting.catalogue", "io.autoghg.accounting.parameter",
                        "io.autoghg.accounting.method", "io.autoghg.accounting.engine", "io.autoghg.accounting.io");
        assertThat(ACCOUNTING.contain(ArchitectureTests.class)).isFalse();
    }

    @Test
    void theRulesCatchAViolation() {
        // a class of the accounting package that uses java.sql breaks the first rule
        JavaClasses violator = new ClassFileImporter().importClasses(UsesJdbc.class);
        assertThat(NO_FRAMEWORK_OR_DATABASE.evaluate(violator).hasViolation()).isTrue();
        // the same kind of rule sees the dependencies that do exist: methods use the engine's rows, io uses the engine
        assertThat(noClasses().that().resideInAPackage("io.autoghg.accounting.method..")
                .should().dependOnClassesThat().resideInAPackage("io.autoghg.accounting.engine..")
                .evaluate(ACCOUNTING).hasViolation()).isTrue();
        assertThat(noClasses().that().resideInAPackage("io.autoghg.accounting.parameter..")
                .should().dependOnClassesThat().resideInAPackage("io.autoghg.accounting.catalogue..")
                .evaluate(ACCOUNTING).hasViolation()).isTrue();
    }

    /** Test fixture: what the first rule forbids. */
    static final class UsesJdbc {
        Timestamp stamp() {
            return new Timestamp(0);
        }
    }
}
