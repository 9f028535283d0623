package dev.codedrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codedrill.testing.TestEngine;
import dev.codedrill.testing.TestMatrix;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code codedrill check} over the CI subset of the problem × language matrix (the whole matrix takes a quarter of an
 * hour and more on the CI machine; its last full run is in the README): every problem in Python with the first of
 * its kept submissions of each folder but the too-slow ones (each of those costs a whole time limit: they are left to
 * the release check), and one problem of each shape — int[], stdio, ListNode, TreeNode, double — in the six other
 * languages. With {@code -Dcodedrill.matrix=full} ({@link TestMatrix}) every quick kept submission. The other shapes
 * are judged in every language by tests of their own (int[][] and in-place by InPlaceFunctionTest, design classes,
 * maps, graphs and list arrays by FormatV2TypesTest, stdio text by each language's StdioTest).
 */
class CheckIT {

    static final List<String> SHAPES = List.of("two-sum", "a-plus-b", "reverse-linked-list",
            "maximum-depth-of-binary-tree", "power-function");

    @TempDir
    static Path home;

    @TempDir
    Path dir;

    private JsonNode check(List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("codedrill.jar", "target/codedrill.jar"), "check", "--json",
                "--config", TestEngine.offlineConfig().toString()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        pb.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        Process p = pb.start();
        assertThat(p.waitFor(15, TimeUnit.MINUTES)).as("check %s finishes", args).isTrue();
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("exit of check %s; stdout:%n%s%nstderr:%n%s", args, out, err).isZero();
        return new ObjectMapper().readTree(out);
    }

    @Test
    void everyProblemsPythonReferenceIsAcceptedAndItsQuickKeptSubmissionsGetTheirVerdicts() throws Exception {
        List<String> args = new ArrayList<>(List.of("--lang", "python", "--kept",
                "accepted,wrong_answer,runtime_error"));
        if (!TestMatrix.full()) {
            args.addAll(List.of("--kept-each", "1"));
        }
        JsonNode report = check(args);

        assertThat(report.get("ok").asBoolean()).isTrue();
        assertThat(report.get("problemFaults")).isEmpty();
        try (Stream<Path> folders = Files.list(Path.of("problems"))) {
            long problems = folders.filter(Files::isDirectory).count();
            assertThat(report.get("results")).hasSize((int) problems).hasSizeGreaterThanOrEqualTo(40);
            assertThat(report.get("kept")).hasSizeGreaterThanOrEqualTo((int) problems / 2)
                    .allSatisfy(k -> assertThat(k.get("expected").asText()).isNotEqualTo("TIME_LIMIT_EXCEEDED"));
        }
        assertThat(report.get("results")).allSatisfy(r -> assertThat(r.get("verdict").asText()).isEqualTo("ACCEPTED"));
    }

    @Test
    void oneProblemOfEachShapeIsAcceptedInTheOtherSixLanguages() throws Exception {
        List<String> args = new ArrayList<>(SHAPES);
        args.addAll(List.of("--lang", "javascript,java,cpp,go,php,rust"));

        JsonNode report = check(args);

        assertThat(report.get("ok").asBoolean()).isTrue();
        assertThat(report.get("results")).hasSize(SHAPES.size() * 6)
                .allSatisfy(r -> assertThat(r.get("verdict").asText()).as(r.toString()).isEqualTo("ACCEPTED"));
    }
}
