package com.arbitra.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of the house style, pointing inward toward the domain. Plain JUnit tests calling
 * {@code check}: ArchUnit's own test engine runs no tests under JUnit 6.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.arbitra");
    }

    @Test
    void domainIsPlainJava() {
        noClasses().that().resideInAPackage("com.arbitra.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..",
                        "javax.sql..", "com.fasterxml.jackson..", "org.h2..", "org.flywaydb..", "picocli..",
                        "org.controlsfx..", "atlantafx..", "org.slf4j..")
                .because("the dispute rules must be testable and reusable without a toolkit, a database or a format")
                .check(classes);
    }

    @Test
    void layersPointInward() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("app").definedBy("com.arbitra.app..")
                .layer("ui").definedBy("com.arbitra.ui..")
                .layer("cli").definedBy("com.arbitra.cli..")
                .layer("bench").definedBy("com.arbitra.bench..")
                .layer("bundle").definedBy("com.arbitra.bundle..")
                .layer("store").definedBy("com.arbitra.store..")
                .layer("domain").definedBy("com.arbitra.domain..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("bench").mayOnlyBeAccessedByLayers("app")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app", "bench")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app", "bench")
                .whereLayer("bundle").mayOnlyBeAccessedByLayers("app", "cli", "bench")
                .whereLayer("store").mayOnlyBeAccessedByLayers("app", "cli", "bundle", "bench")
                .withOptionalLayers(true)
                .because("dependencies point inward, toward the domain (shared/style.md)")
                .check(classes);
    }

    /**
     * The console sees only the domain: its services and ports come from the composition root
     * ({@code app.ConsoleServices}); the toolkit, its widgets, icons, PDF rendering and logging are all
     * else it may use.
     */
    @Test
    void theConsoleSeesOnlyTheDomain() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().resideInAPackage("com.arbitra.ui..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("com.arbitra.ui..", "com.arbitra.domain..",
                        "java..", "javax.imageio..", "javafx..", "org.controlsfx..", "atlantafx..",
                        "org.kordamp.ikonli..", "org.apache.pdfbox..", "org.slf4j..")
                .because("rules live once, in the domain; the console shows them (issue 15)")
                .check(classes);
    }

    /** Benchmarks and the stall monitor stay out of the product packages (issue 15). */
    @Test
    void noProductPackageReachesTheBenchmarks() {
        noClasses().that().resideInAnyPackage("com.arbitra.ui..", "com.arbitra.cli..", "com.arbitra.bundle..",
                        "com.arbitra.store..", "com.arbitra.domain..")
                .should().dependOnClassesThat().resideInAPackage("com.arbitra.bench..")
                .because("the console loads benchmark code only when asked (arbitra bench, arbitra.stallLog)")
                .check(classes);
    }

    @Test
    void onlyTheStoreTalksToTheDatabase() {
        noClasses().that().resideInAnyPackage("com.arbitra.ui..", "com.arbitra.cli..", "com.arbitra.bundle..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.h2..",
                        "org.flywaydb..")
                .because("repositories are the only way to the database, so that transactions stay in one place")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("com.arbitra.(*)..").should().beFreeOfCycles()
                .because("a cycle between packages would hide which way a dependency points")
                .check(classes);
    }
}
