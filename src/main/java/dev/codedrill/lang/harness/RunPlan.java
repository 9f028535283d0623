package dev.codedrill.lang.harness;

import dev.codedrill.lang.WarmRuntime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run needs in the container's work dir and the commands to run there.
 *
 * @param files     file name → content, copied in as one tar
 * @param compile   the compile command, empty when there is none
 * @param run       the command that runs every test and leaves the results in {@code results}
 * @param results   the file holding one result line per test
 * @param artifacts what the compile makes that the run needs (files or folders of the work dir): kept by the judge's
 *                  compile cache, so that unchanged code runs again without compiling
 * @param prebuilt  the part compiled before {@code compile} and cached on its own, whose artifacts {@code compile}
 *                  links; null when the program is compiled in one go
 */
public record RunPlan(Map<String, byte[]> files, List<String> compile, List<String> run, String results,
                      List<String> artifacts, Prebuilt prebuilt) {

    /** The tests' arguments ({@link InputEncoder}): the one file that is not a source. */
    public static final String INPUT = "input.txt";

    public RunPlan {
        files = Map.copyOf(files);
        compile = List.copyOf(compile);
        run = List.copyOf(run);
        artifacts = List.copyOf(artifacts);
        if (compile.isEmpty() && !artifacts.isEmpty()) {
            throw new IllegalArgumentException("artifacts without a compile command");
        }
        if (prebuilt != null && (artifacts.isEmpty() || !files.keySet().containsAll(prebuilt.sources().keySet()))) {
            throw new IllegalArgumentException("a prebuilt part needs cached artifacts and its sources among the files");
        }
    }

    /** A plan compiled in one go. */
    public RunPlan(Map<String, byte[]> files, List<String> compile, List<String> run, String results,
                   List<String> artifacts) {
        this(files, compile, run, results, artifacts, null);
    }

    /** A plan whose compile output is not cached. */
    public RunPlan(Map<String, byte[]> files, List<String> compile, List<String> run, String results) {
        this(files, compile, run, results, List.of());
    }

    /** Every file but the tests' input: what a compile reads. */
    public Map<String, byte[]> sources() {
        Map<String, byte[]> sources = new HashMap<>(files);
        sources.remove(INPUT);
        return sources;
    }

    /** The size of the tests' input, in bytes (0 when the tests are given another way). */
    public long inputBytes() {
        byte[] input = files.get(INPUT);
        return input == null ? 0 : input.length;
    }

    /**
     * The files a run needs besides the compile's artifacts: the tests' input, and the warm runtimes' client when the
     * run goes through it.
     */
    public Map<String, byte[]> inputs() {
        Map<String, byte[]> inputs = new HashMap<>();
        for (String name : List.of(INPUT, WarmRuntime.CLIENT_FILE)) {
            if (files.containsKey(name)) {
                inputs.put(name, files.get(name));
            }
        }
        return Map.copyOf(inputs);
    }
}
