package dev.codedrill;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md ("Packages and what each may use"), checked on the compiled classes of
 * src/main (not the tests). Top to bottom: {@code main} (the launcher), then {@code ui} and {@code cli} side by side,
 * {@code app}, {@code judge}, {@code pool}, {@code docker}, then the lower packages {@code lang}, {@code problem},
 * {@code config}, {@code history} and {@code failure}. A dependency points down, never up or sideways. When a rule
 * has to change, change that table in the same commit.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.codedrill");
    }

    // The CLI, the judge and the engine run without a display (CI, a classroom server, `codedrill check`): only the
    // window's package may touch JavaFX or the UI libraries built on it (RichTextFX and its ReactFX, AtlantaFX).
    @Test
    void nothingOutsideUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("dev.codedrill.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.reactfx..",
                        "atlantafx..")
                .because("only the window needs a display; the CLI and the services below it run headless")
                .check(classes);
    }

    // A cycle between packages makes them one package in all but name: neither can be understood, tested or
    // changed without the other. (It was app -> cli -> ui -> app through the launcher, and failure <-> config and
    // failure <-> docker through PlainWords.)
    @Test
    void topLevelPackagesAreFreeOfCycles() {
        slices().matching("dev.codedrill.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void dependenciesPointDownTheLayers() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Main").definedBy("dev.codedrill.main..")
                .layer("Ui").definedBy("dev.codedrill.ui..")
                .layer("Cli").definedBy("dev.codedrill.cli..")
                .layer("App").definedBy("dev.codedrill.app..")
                .layer("Pack").definedBy("dev.codedrill.pack..")
                .layer("Authoring").definedBy("dev.codedrill.authoring..")
                .layer("Judge").definedBy("dev.codedrill.judge..")
                .layer("Pool").definedBy("dev.codedrill.pool..")
                .layer("Docker").definedBy("dev.codedrill.docker..")
                .layer("Lang").definedBy("dev.codedrill.lang..")
                .layer("Problem").definedBy("dev.codedrill.problem..")
                .layer("Config").definedBy("dev.codedrill.config..")
                .layer("History").definedBy("dev.codedrill.history..")
                .layer("Failure").definedBy("dev.codedrill.failure..")
                .layer("Concurrent").definedBy("dev.codedrill.concurrent..")
                // A new top-level package must be given its place here (and in the docs' table) to be checked.
                .ensureAllClassesAreContainedInArchitecture()

                // The launcher alone picks the window or the CLI, so it alone knows both; nothing calls it.
                .whereLayer("Main").mayOnlyAccessLayers("Cli", "Ui", "App")
                .whereLayer("Main").mayNotBeAccessedByAnyLayer()
                // The window and the CLI are two front ends over the same services; neither uses the other, and
                // only the launcher uses the window.
                .whereLayer("Ui").mayOnlyAccessLayers("App", "Pack", "Authoring", "Judge", "Pool", "Docker", "Lang", "Problem", "Config",
                        "History", "Failure", "Concurrent")
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Main")
                .whereLayer("Cli").mayOnlyAccessLayers("App", "Pack", "Authoring", "Judge", "Pool", "Docker", "Lang", "Problem",
                        "Config", "History", "Failure", "Concurrent")
                // app wires the services both front ends share (settings, engine start, practice session, failures
                // in words); it knows neither front end.
                .whereLayer("App").mayOnlyAccessLayers("Pack", "Judge", "Pool", "Docker", "Lang", "Problem", "Config",
                        "History", "Failure", "Concurrent")
                // Authoring tools (scaffolding a problem, what it still lacks) write and read problem folders with
                // the languages' starter code; they judge nothing themselves.
                .whereLayer("Authoring").mayOnlyAccessLayers("Lang", "Problem", "Failure", "Concurrent")
                .whereLayer("Authoring").mayOnlyBeAccessedByLayers("Pack", "Cli", "Ui")
                // Packs (export, a zip's safe import, the imported packs that load with the bundled problems) check
                // a pack's problems with the authoring rules; app adds the imported packs to the problems it loads.
                .whereLayer("Pack").mayOnlyAccessLayers("Authoring", "Lang", "Problem", "Failure", "Concurrent")
                .whereLayer("Pack").mayOnlyBeAccessedByLayers("App", "Cli", "Ui")
                // The judge turns a submission into a verdict in a sandbox: it borrows from the pool and runs execs
                // on the engine, and leaves the history and the settings to app (it is given its limits).
                .whereLayer("Judge").mayOnlyAccessLayers("Pool", "Docker", "Lang", "Problem", "Failure", "Concurrent")
                // The pool keeps warm containers per language: it knows the engine and languages, not problems,
                // verdicts or who borrows.
                .whereLayer("Pool").mayOnlyAccessLayers("Docker", "Lang", "Failure", "Concurrent")
                // The engine facade and the private daemon: the settings of the daemon (config) and the languages'
                // images (lang), never anything that runs code or shows it.
                .whereLayer("Docker").mayOnlyAccessLayers("Lang", "Config", "Failure", "Concurrent")
                // A language's files, harness and commands are made from a problem's signature; its image and pool
                // size come from the settings.
                .whereLayer("Lang").mayOnlyAccessLayers("Problem", "Config", "Failure", "Concurrent")
                // Problems, the settings and the history are data with their loaders: they know no service.
                .whereLayer("Problem").mayOnlyAccessLayers("Failure", "Concurrent")
                .whereLayer("Config").mayOnlyAccessLayers("Failure", "Concurrent")
                // The history knows problems and languages by id only.
                .whereLayer("History").mayOnlyAccessLayers("Failure", "Concurrent")
                // failure (PlainMessage, RawText, JsonFaults) is what every layer may use, so it uses none.
                .whereLayer("Failure").mayNotAccessAnyLayer()
                // concurrent (DaemonThreads) is what every layer may use for its threads; it uses nothing.
                .whereLayer("Concurrent").mayNotAccessAnyLayer()
                .check(classes);
    }
}
