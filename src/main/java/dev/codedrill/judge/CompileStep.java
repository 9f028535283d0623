package dev.codedrill.judge;

import dev.codedrill.docker.EngineException;
import dev.codedrill.docker.ExecResult;
import dev.codedrill.lang.harness.Prebuilt;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The compile of a submission, in an exec of its own (so the learner sees "compiling" apart from "running"), or none
 * at all when the compile cache holds the artifacts of the same compile.
 */
final class CompileStep {

    /** The largest tar of artifacts brought back for the cache (a Go binary is 1.5 MB of it). */
    static final int ARTIFACT_CAP = 8 * 1024 * 1024;
    /** Added to the compile's own limit for the exec's deadline: the script reports after the compile ends. */
    private static final Duration SLACK = Duration.ofSeconds(15);

    /**
     * How it went.
     *
     * @param failure the compile error, or null when it compiled
     * @param cached  the artifacts from the cache, to ship with the run; null when the code was compiled in the
     *                sandbox (then the artifacts are there already)
     */
    record Outcome(Verdict failure, byte[] cached) {
        boolean failed() {
            return failure != null;
        }
    }

    private CompileStep() {
    }

    /**
     * Compiles {@code files} (every file of the run, so the run that follows needs none) in the sandbox, unless the
     * cache has the artifacts of these sources; a successful compile's artifacts go into the cache.
     */
    static Outcome run(BorrowedSandbox sandbox, CompileCache cache, String languageId, List<String> compile,
                       List<String> artifacts, Map<String, byte[]> sources, Map<String, byte[]> files, RunLimits limits,
                       Consumer<JudgeStage> stages) {
        return run(sandbox, cache, languageId, compile, artifacts, null, sources, files, limits, stages);
    }

    /**
     * As above, with a {@code prebuilt} part (null: none): its artifacts are shipped in from the cache when it has
     * them, else it is compiled first in the same exec and its artifacts go into the cache under a key of their own.
     */
    static Outcome run(BorrowedSandbox sandbox, CompileCache cache, String languageId, List<String> compile,
                       List<String> artifacts, Prebuilt prebuilt, Map<String, byte[]> sources,
                       Map<String, byte[]> files, RunLimits limits, Consumer<JudgeStage> stages) {
        String key = cache == null || artifacts.isEmpty() ? null
                : CompileCache.key(languageId, compile, artifacts, sources);
        if (key != null) {
            byte[] hit = cache.get(key);
            if (hit != null) {
                return new Outcome(null, hit);
            }
        }
        String prebuiltKey = cache == null || prebuilt == null ? null
                : CompileCache.key(languageId, prebuilt.compile(), prebuilt.artifacts(), prebuilt.sources());
        byte[] prebuiltHit = prebuiltKey == null ? null : cache.get(prebuiltKey);
        Map<String, byte[]> shipped = files;
        if (prebuiltHit != null) {
            shipped = new HashMap<>(files);
            shipped.put(RunScript.PREBUILT_ARTIFACTS, prebuiltHit);
        }
        stages.accept(JudgeStage.COMPILING);
        int outputCap = limits.compilerOutputBytes();
        long started = System.nanoTime();
        ExecResult exec = sandbox.script(shipped,
                RunScript.compile(prebuilt, prebuiltHit != null, compile, limits.compile(), outputCap, artifacts,
                        ARTIFACT_CAP),
                limits.compile().plus(SLACK), 2 * ARTIFACT_CAP + outputCap + 64 * 1024, outputCap);
        sandbox.times().add(StepTimes.Step.COMPILE_EXEC, System.nanoTime() - started);
        Frame frame = Frame.of(exec);
        if (frame != null) {
            sandbox.times().addCentiseconds(StepTimes.Step.COMPILER, frame.number("cs", -1));
        }
        if (frame == null) {
            if (exec.timedOut()) {
                return new Outcome(Verdicts.compileFailure(exec, limits), null);
            }
            throw new EngineException("The compile step ended without its report (exit " + exec.exitCode() + "): "
                    + exec.stderrText().strip());
        }
        if (frame.number("compile", -1) != 0) {
            byte[] output = frame.section("compile");
            return new Outcome(Verdicts.compileFailure(frame, output == null ? new byte[0] : output, limits), null);
        }
        if (!"1".equals(frame.fields().get("next"))) {
            sandbox.dropPrepared(); // the run's prepared exec, if the pool started one, was killed with the compiler
        }
        byte[] made = frame.section("artifacts");
        if (key != null && made != null) {
            cache.put(key, made);
        }
        byte[] madePrebuilt = frame.section("prebuilt");
        if (prebuiltKey != null && madePrebuilt != null) {
            cache.put(prebuiltKey, madePrebuilt);
        }
        return new Outcome(null, null);
    }
}
