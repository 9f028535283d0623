package dev.codedrill.pool;

import static dev.codedrill.pool.PoolFixtures.config;
import static dev.codedrill.pool.PoolFixtures.language;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.StartupProgress;
import dev.codedrill.docker.images.ImageStatus;
import dev.codedrill.lang.Language;
import dev.codedrill.testing.SharedTestDaemon;
import dev.codedrill.testing.TestEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app refuses a language whose image has no working toolchain (issue 14, item 7), checked in a real sandbox of
 * the runner image on the shared test daemon.
 */
class ToolchainCheckTest {

    private static final String[] ALL = {"python", "javascript", "java", "cpp", "go", "php", "rust"};
    private static DockerEngine engine;

    @TempDir
    Path dir;

    @BeforeAll
    static void connect() {
        engine = SharedTestDaemon.engine();
    }

    /** A language the runner image has no toolchain for: its version command is not there. */
    private static Language ghost() {
        return new Language("ghost", "Ghost 1", TestEngine.runnerImage(), "solution.ghost", List.of(),
                List.of("ghost", "solution.ghost"), 1, List.of(), List.of(), List.of("ghost", "--version"));
    }

    private static ImageStatus runner(String... usedBy) {
        return new ImageStatus(TestEngine.runnerImage(), List.of(usedBy), ImageStatus.Source.ALREADY_THERE, "");
    }

    @Test
    void theRunnerImagesSevenToolchainsPassAndAreRememberedByImageId(TestInfo test) throws Exception {
        List<Language> six = new ArrayList<>();
        for (String id : ALL) {
            six.add(language(id));
        }
        Path verified = dir.resolve("verified-toolchains.txt");
        List<String> said = new ArrayList<>();
        List<ImageStatus> result = new ToolchainCheck(engine, config(test.getDisplayName()), verified)
                .verify(List.of(runner(ALL)), six, said::add);

        assertThat(result).containsExactly(runner(ALL));
        assertThat(said).containsExactly("Checking the toolchains in " + TestEngine.runnerImage() + "…");
        String imageId = engine.imageId(TestEngine.runnerImage()).orElseThrow();
        assertThat(Files.readAllLines(verified)).hasSize(ALL.length).allMatch(line -> line.startsWith(imageId + " "));

        List<String> again = new ArrayList<>();
        new ToolchainCheck(engine, config(test.getDisplayName()), verified).verify(List.of(runner(ALL)), six,
                again::add);
        assertThat(again).as("an image checked before is not checked again").isEmpty();
    }

    @Test
    void aLanguageWithoutItsToolchainIsUnavailableWithWhatFailedAndWhatToDoWhileTheImagesOthersStay(TestInfo test) {
        Path verified = dir.resolve("verified-toolchains.txt");
        PoolConfig config = config(test.getDisplayName());
        List<ImageStatus> result = new ToolchainCheck(engine, config, verified)
                .verify(List.of(runner("python", "ghost")), List.of(language("python"), ghost()),
                        StartupProgress.NONE);

        assertThat(result).hasSize(2);
        assertThat(result.get(0)).isEqualTo(runner("python"));
        ImageStatus refused = result.get(1);
        assertThat(refused.available()).isFalse();
        assertThat(refused.usedBy()).containsExactly("ghost");
        assertThat(refused.reason())
                .startsWith("the image " + TestEngine.runnerImage() + " has no working Ghost 1: `ghost --version`"
                        + " failed (exit 127): ")
                .contains("not found")
                .contains("build-offline-images.sh")
                .contains("languages.ghost.image")
                .doesNotContain("Exception");
        assertThat(engine.list(SandboxFactory.sessionLabels(config.sessionId())))
                .as("the check's sandbox is gone").isEmpty();
    }

    @Test
    void anUnavailableImageIsLeftAsItIsWithItsReason(TestInfo test) {
        ImageStatus missing = new ImageStatus("nowhere:1", List.of("python"), ImageStatus.Source.UNAVAILABLE,
                "pulling it failed");
        assertThat(new ToolchainCheck(engine, config(test.getDisplayName()), dir.resolve("v.txt"))
                .verify(List.of(missing), List.of(language("python")), StartupProgress.NONE))
                .containsExactly(missing);
    }
}
