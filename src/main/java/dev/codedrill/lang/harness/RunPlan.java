package dev.codedrill.lang.harness;

import java.util.List;
import java.util.Map;

/**
 * What a run needs in the container's work dir and the commands to run there.
 *
 * @param files   file name → content, copied in as one tar
 * @param compile the compile command, empty when there is none
 * @param run     the command that runs every test and leaves the results in {@code results}
 * @param results the file holding one result line per test
 */
public record RunPlan(Map<String, byte[]> files, List<String> compile, List<String> run, String results) {
    public RunPlan {
        files = Map.copyOf(files);
        compile = List.copyOf(compile);
        run = List.copyOf(run);
    }
}
