package dev.codedrill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The problems that come with the app are found in each installed layout jpackage makes, and in the repository. */
class BundledProblemsTest {

    @TempDir
    Path root;

    private Path jarWithProblemsBeside(String appDir) throws IOException {
        Path app = Files.createDirectories(root.resolve(appDir));
        Files.createDirectories(app.resolve("problems"));
        return Files.createFile(app.resolve("codedrill.jar"));
    }

    @Test
    void theLinuxPackagesProblemsAreFoundBesideTheJarInLibApp() throws IOException {
        Path jar = jarWithProblemsBeside("opt/codedrill/lib/app");
        assertThat(AppContext.bundledProblems(jar, root.resolve("cwd")))
                .contains(root.resolve("opt/codedrill/lib/app/problems"));
    }

    @Test
    void theWindowsAndMacOsAppFoldersAreFoundToo() throws IOException {
        Path windows = jarWithProblemsBeside("Program Files/CodeDrill/app");
        Path mac = jarWithProblemsBeside("Applications/CodeDrill.app/Contents/app");
        assertThat(AppContext.bundledProblems(windows, root)).contains(windows.resolveSibling("problems"));
        assertThat(AppContext.bundledProblems(mac, root)).contains(mac.resolveSibling("problems"));
    }

    @Test
    void theRepositorysProblemsAreFoundAboveTargetsJar() throws IOException {
        Files.createDirectories(root.resolve("repo/problems"));
        Path jar = Files.createFile(Files.createDirectories(root.resolve("repo/target")).resolve("codedrill.jar"));
        assertThat(AppContext.bundledProblems(jar, root.resolve("elsewhere"))).contains(root.resolve("repo/problems"));
    }

    @Test
    void theInstalledProblemsWinOverAProblemsFolderInTheWorkingDirectory() throws IOException {
        Path jar = jarWithProblemsBeside("opt/codedrill/lib/app");
        Path cwd = Files.createDirectories(root.resolve("home/ada/problems")).getParent();
        assertThat(AppContext.bundledProblems(jar, cwd)).contains(root.resolve("opt/codedrill/lib/app/problems"));
    }

    @Test
    void withNothingNearTheJarTheWorkingDirectoryIsTheLastResort() throws IOException {
        Path jar = Files.createFile(Files.createDirectories(root.resolve("a/b/c/d")).resolve("codedrill.jar"));
        Path cwd = Files.createDirectories(root.resolve("work/problems")).getParent();
        assertThat(AppContext.bundledProblems(jar, cwd)).contains(root.resolve("work/problems"));
        assertThat(AppContext.bundledProblems(null, cwd)).contains(root.resolve("work/problems"));
        assertThat(AppContext.bundledProblems(jar, root.resolve("a"))).isEmpty();
    }
}
