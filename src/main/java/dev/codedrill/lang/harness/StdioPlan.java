package dev.codedrill.lang.harness;

import dev.codedrill.problem.TestCase;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stdio program's run: its source under the language's file name and each test's stdin as in/I; the program's own
 * compile and run commands. (The judge's driver is not a file of the run: the code under test could rewrite it.)
 *
 * @param compile   the compile command (for an interpreted language: its syntax check), empty when there is none
 * @param artifacts what the compile makes that the run needs, kept by the judge's compile cache; empty for a check
 */
public record StdioPlan(String sourceFile, String source, List<String> compile, List<String> run,
                        List<String> artifacts) {

    public StdioPlan {
        compile = List.copyOf(compile);
        run = List.copyOf(run);
        artifacts = List.copyOf(artifacts);
        if (compile.isEmpty() && !artifacts.isEmpty()) {
            throw new IllegalArgumentException("artifacts without a compile command");
        }
    }

    /** A plan whose compile output is not cached (an interpreted language's check). */
    public StdioPlan(String sourceFile, String source, List<String> compile, List<String> run) {
        this(sourceFile, source, compile, run, List.of());
    }

    /** The source, as the compile reads it. */
    public Map<String, byte[]> sources() {
        return Map.of(sourceFile, source.getBytes(StandardCharsets.UTF_8));
    }

    public Map<String, byte[]> files(List<TestCase> tests) {
        Map<String, byte[]> files = new HashMap<>(inputs(tests));
        files.put(sourceFile, source.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** What a run needs besides the program: each test's stdin. */
    public Map<String, byte[]> inputs(List<TestCase> tests) {
        Map<String, byte[]> files = new HashMap<>();
        for (int i = 0; i < tests.size(); i++) {
            files.put("in/" + i, tests.get(i).input().asText().getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }
}
