package dev.codedrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.app.WindowBenchmark;
import dev.codedrill.testing.TestEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import dev.codedrill.testing.DockerCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a user runs it: {@code java -jar target/codedrill.jar …}. */
class CliIT {

    /** One user home for the class: its private daemon's certificates, and so the daemon, are reused. */
    @TempDir
    static Path home;

    /** The private daemon of this class: named, so that its volume (and the images in it) is kept between runs. */
    static final String DAEMON = "codedrill-dind-cliit";
    /** The offline config, with this class's private daemon. */
    static Path config;

    @BeforeAll
    static void aDaemonOfItsOwn() throws IOException {
        // the container an earlier run left belongs to that run's user (another home): only the volume is reused
        DockerCli.run("rm", "-f", DAEMON);
        config = home.resolve("offline-cliit.json");
        String named = Files.readString(TestEngine.offlineConfig()).replace("\"launch\": \"compat\"",
                "\"launch\": \"compat\", \"name\": \"" + DAEMON + "\", \"volume\": \"" + DAEMON + "-data\"");
        assertThat(named).contains(DAEMON);
        Files.writeString(config, named);
    }

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run codedrill(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("-jar", jar().toString()));
        cmd.addAll(List.of(args));
        return java(cmd, Map.of());
    }

    private static Path jar() {
        return Path.of(System.getProperty("codedrill.jar", "target/codedrill.jar"));
    }

    /** The JDK's java with these arguments, as the user of {@link #home}, with more of the environment. */
    private Run java(List<String> args, Map<String, String> env) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        pb.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("codedrill %s finishes", List.of(args)).isTrue();
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void versionPrintsTheVersion() throws Exception {
        Run run = codedrill("--version");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).matches("(?s)codedrill \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void helpListsTheCommands() throws Exception {
        Run run = codedrill("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: codedrill").contains("doctor").contains("--config=FILE");
    }

    @Test
    void doctorWithTheOfflineConfigExitsZeroAndNamesTheEngineVersionAndTheImages() throws Exception {
        String config = CliIT.config.toString();
        Run run = codedrill("doctor", "--config", config);
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out())
                .containsPattern("host engine\\s+Docker \\d+\\.\\d+")
                .containsPattern("private daemon container\\s+" + DAEMON + " running \\(image codedrill/dind:offline, "
                        + "launch compat")
                .containsPattern("private daemon\\s+Docker \\d+\\.\\d+.* at tcp://127\\.0\\.0\\.1:\\d+, mutual TLS")
                .containsPattern("image codedrill/runner:offline\\s+(present|copied from the host engine) "
                        + "\\(python, javascript, java, cpp, go, php, rust\\)")
                .containsPattern("\\[ OK \\] sandbox go\\s+code runs: a-plus-b samples accepted")
                .contains("All good");
        assertThat(run.err()).contains("Waiting for Docker to start… (attempt 1/");
    }

    @Test
    void configWorksBeforeTheCommandAsWellAsAfterIt() throws Exception {
        Path config = dir.resolve("elsewhere.json");
        Files.writeString(config, "{\"docker\": {\"host\": \"unix://" + dir.resolve("elsewhere.sock") + "\"}}");
        Run before = codedrill("--config", config.toString(), "doctor");
        Run after = codedrill("doctor", "--config", config.toString());
        for (Run run : List.of(before, after)) {
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.out()).contains("config").contains(config.toString()).contains("elsewhere.sock");
        }
    }

    @Test
    void aMissingImageMakesItsLanguageUnavailableWhileTheOthersRunCode() throws Exception {
        Path config = dir.resolve("missing-image.json");
        Files.writeString(config, Files.readString(CliIT.config)
                .replace("\"go\":         { \"image\": \"codedrill/runner:offline\" }",
                        "\"go\": { \"image\": \"127.0.0.1:1/nothing-here:1\" }"));
        Run run = codedrill("doctor", "--config", config.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("image 127.0.0.1:1/nothing-here:1").contains("unavailable (go)")
                .contains("docker pull 127.0.0.1:1/nothing-here:1")
                .containsPattern("\\[ OK \\] image codedrill/runner:offline")
                .containsPattern("\\[ OK \\] sandbox python\\s+code runs: a-plus-b samples accepted")
                .doesNotContain("sandbox go");
    }

    @Test
    void anUnreachableEngineIsExplainedWithWhatToDo() throws Exception {
        Path config = dir.resolve("no-engine.json");
        Files.writeString(config, "{\"docker\": {\"host\": \"unix://" + dir.resolve("none.sock") + "\"}}");
        Run run = codedrill("doctor", "--config", config.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("[FAIL]").contains("No Docker engine is running").contains("Start Docker");
    }

    @Test
    void aBrokenConfigIsReportedWithItsPathAndExitCode2() throws Exception {
        Path config = dir.resolve("broken.json");
        Files.writeString(config, "{\"docker\": {\"dind\": {\"waitAttempts\": -1}}}");
        Run run = codedrill("doctor", "--config", config.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(config.toString()).contains("$.docker.dind").contains("waitAttempts");
    }

    @Test
    void dindStopStopsThePrivateDaemonAndDoctorBringsItBack() throws Exception {
        String config = CliIT.config.toString();
        assertThat(codedrill("doctor", "--config", config).exit()).isZero();
        Run status = codedrill("dind", "status", "--config", config);
        assertThat(status.exit()).isZero();
        assertThat(status.out()).startsWith(DAEMON + ": running");

        Run stop = codedrill("--config", config, "dind", "stop");
        assertThat(stop.exit()).isZero();
        assertThat(stop.out()).contains("Stopped the private daemon " + DAEMON);
        Run stopped = codedrill("dind", "status", "--config", config);
        assertThat(stopped.exit()).isEqualTo(3);
        assertThat(stopped.out()).startsWith(DAEMON + ": stopped");

        Run doctor = codedrill("doctor", "--config", config);
        assertThat(doctor.exit()).as(doctor.out() + doctor.err()).isZero();
        assertThat(doctor.err()).contains("Starting the private Docker daemon");
    }

    @Test
    void imagesCommandsExplainBadArguments() throws Exception {
        Run load = codedrill("images", "load", dir.resolve("nothing.tar").toString());
        assertThat(load.exit()).isEqualTo(2);
        assertThat(load.err()).contains("No image bundle at").contains("nothing.tar");
        Run save = codedrill("images", "save", dir.resolve("out.tar").toString(), "cobol");
        assertThat(save.exit()).isEqualTo(2);
        assertThat(save.err()).contains("Unknown language 'cobol'").contains("python");
    }

    @Test
    void judgePrintsTheVerdictAsJsonRecordsItAndExplainsBadArguments() throws Exception {
        String config = CliIT.config.toString();
        Run accepted = codedrill("judge", "--problem", "two-sum", "--lang", "python", "--json",
                Path.of("problems/two-sum/solutions/python.py").toAbsolutePath().toString(), "--config", config);
        assertThat(accepted.exit()).as(accepted.err()).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(accepted.out());
        assertThat(json.get("verdict").asText()).isEqualTo("ACCEPTED");
        assertThat(json.get("passed").asInt()).isEqualTo(json.get("total").asInt()).isGreaterThan(10);
        assertThat(json.get("tests")).allSatisfy(t -> assertThat(t.get("verdict").asText()).isEqualTo("ACCEPTED"));

        Path wrong = dir.resolve("wrong.py");
        Files.writeString(wrong, "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n");
        Run wrongAnswer = codedrill("judge", "--problem", "two-sum", "--lang", "python", wrong.toString(), "--run",
                "--config", config);
        assertThat(wrongAnswer.exit()).isZero();
        assertThat(wrongAnswer.out()).startsWith("Wrong Answer — ").contains("expected:").contains("actual:");

        Run history = codedrill("history", "--json", "--config", config);
        var rows = new com.fasterxml.jackson.databind.ObjectMapper().readTree(history.out());
        assertThat(rows).extracting(r -> r.get("verdict").asText() + " " + r.get("kind").asText())
                .startsWith("WRONG_ANSWER RUN", "ACCEPTED SUBMIT");

        Run unknown = codedrill("judge", "--problem", "no-such-problem", "--lang", "python", wrong.toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown problem 'no-such-problem'").contains("two-sum");
        Run unreadable = codedrill("judge", "--problem", "two-sum", "--lang", "python", dir.resolve("gone.py").toString());
        assertThat(unreadable.exit()).isEqualTo(2);
        assertThat(unreadable.err()).contains("Cannot read").contains("gone.py");
    }

    /**
     * What the Linux installers do, by hand: the class list of one run of the app (packaging), the archive dumped from
     * it beside the jar (postinst); bench --window then starts the app with it. -Xshare:on (inherited by each launch)
     * makes a JVM refuse to start unless it maps its archive: the launch would fail without a usable one.
     */
    @Test
    void benchWindowStartsTheAppWithTheClassDataSharingArchiveBesideTheJar() throws Exception {
        Path app = Files.createDirectories(dir.resolve("app"));
        Path jar = Files.copy(jar(), app.resolve("codedrill.jar"));
        Path list = app.resolve("codedrill.classlist");
        Path archive = app.resolve(WindowBenchmark.CLASS_DATA_ARCHIVE);
        Run without = java(List.of("-jar", jar.toString(), "bench", "--window", "--runs", "1", "--json"), Map.of());
        assertThat(without.exit()).as(without.err()).isZero();
        assertThat(without.out()).contains("\"classDataSharing\":null");

        Run listed = java(List.of("-XX:DumpLoadedClassList=" + list, "-Dcodedrill.exitWhenShown=true", "-jar",
                jar.toString()), Map.of());
        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(Files.readAllLines(list)).contains("dev/codedrill/ui/shell/MainWindow");
        Run dumped = java(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + archive, "-cp", jar.toString()), Map.of());
        assertThat(dumped.exit()).as(dumped.err()).isZero();

        Run with = java(List.of("-jar", jar.toString(), "bench", "--window", "--runs", "1", "--json"),
                Map.of("JAVA_TOOL_OPTIONS", "-Xshare:on"));
        assertThat(with.exit()).as(with.err()).isZero();
        assertThat(with.out()).contains("\"classDataSharing\":\"" + archive + "\"").contains("\"shownP50Ms\":");
    }

    @Test
    void anUnknownCommandIsRefusedWithUsage() throws Exception {
        Run run = codedrill("frobnicate");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("frobnicate");
    }
}
