package dev.codedrill.judge;

import dev.codedrill.docker.ExecResult;

/** Reads how an exec ended into the verdict it means. */
final class Verdicts {

    private Verdicts() {
    }

    static Verdict.CompilationError compileFailure(ExecResult compiled, RunLimits limits) {
        if (compiled.timedOut()) {
            return new Verdict.CompilationError("The compiler did not finish within "
                    + limits.compile().toSeconds() + " s.");
        }
        String output = (compiled.stderrText() + compiled.stdoutText()).strip();
        if (compiled.outputCapped()) {
            output += "\n… (compiler output cut at " + limits.compilerOutputBytes() / 1024 + " KB)";
        }
        return new Verdict.CompilationError(output);
    }

    /**
     * A compile (or syntax check) that a {@link RunScript} reported as failed: its output, or why it was stopped. A
     * compile cut off at its time limit after less than half of that time on the processor was starved by a busy
     * machine, not slowed by the code: that is an internal error, not a compilation error.
     *
     * @param output the first bytes of the compiler's output (one more than the cap when it was cut)
     */
    static Verdict compileFailure(Frame frame, byte[] output, RunLimits limits) {
        long code = frame.number("compile", -1);
        long limitCs = frame.number("limit_cs", Long.MAX_VALUE);
        long wallCs = frame.number("cs", 0);
        boolean atDeadline = wallCs >= limitCs - 5;
        if (code == 124 || (code == 137 && atDeadline)) {
            long cpuCs = frame.number("cpu_cs", -1);
            if (cpuCs >= 0 && cpuCs * 2 < wallCs) {
                return new Verdict.InternalError(String.format(java.util.Locale.ROOT, "The computer was too busy"
                        + " to compile this code: in the %d s a compile may take, the compiler got only %.1f s of"
                        + " processor time. The code was not judged. Run it again when the computer is less busy,"
                        + " or raise the compile time limit in Settings.", limits.compile().toSeconds(), cpuCs / 100.0));
            }
            return new Verdict.CompilationError("The compiler did not finish within " + limits.compile().toSeconds()
                    + " s: the compile took too long.");
        }
        if (Boolean.TRUE.equals(frame.oomKilled())) {
            return new Verdict.CompilationError("The compiler ran out of memory (the limit is " + limits.memoryMb()
                    + " MB).");
        }
        int cap = limits.compilerOutputBytes();
        boolean cut = output.length > cap;
        String text = new String(output, 0, Math.min(output.length, cap), java.nio.charset.StandardCharsets.UTF_8)
                .strip();
        if (text.isEmpty()) {
            text = code > 128 ? "The compiler was stopped: " + signal((int) code - 128)
                    : "The compiler exited with code " + code + ".";
        }
        return new Verdict.CompilationError(cut ? text + "\n… (compiler output cut at " + cap / 1024 + " KB)" : text);
    }

    /** Why a run stopped before a test finished. */
    static Verdict cutOff(ExecResult run, RunLimits limits) {
        return cutOff(run.exitCode(), run.timedOut(), run.outputCapped(), null, null, run.stderrText(), limits);
    }

    /**
     * Why a run stopped before a test finished.
     *
     * @param oomKilled whether the memory cgroup's OOM killer struck; null when unknown. A SIGKILL is taken for the
     *                  memory limit only with evidence: this counter, or the runtime's own out-of-memory message
     * @param memoryLimitHit whether the run hit its memory limit (null when unknown): a run stopped for time while
     *                       it did was thrashing at the limit, out of memory rather than slow
     */
    static Verdict cutOff(Integer exit, boolean timedOut, boolean outputCapped, Boolean oomKilled,
                          Boolean memoryLimitHit, String stderrText, RunLimits limits) {
        if (timedOut) {
            return Boolean.TRUE.equals(oomKilled) || Boolean.TRUE.equals(memoryLimitHit)
                    ? new Verdict.MemoryLimitExceeded(limits.memoryMb())
                    : new Verdict.TimeLimitExceeded(limits.perTestMs());
        }
        if (outputCapped) {
            return new Verdict.OutputLimitExceeded(limits.outputBytes()); // stdout or stderr flooded the exec
        }
        String stderr = tail(stderrText);
        if (Boolean.TRUE.equals(oomKilled) || memoryMessage(stderr)) {
            return new Verdict.MemoryLimitExceeded(limits.memoryMb());
        }
        if (exit != null && exit > 128) {
            return new Verdict.RuntimeError(signalWithoutEvidence(exit - 128) + (stderr.isEmpty() ? "" : "\n" + stderr));
        }
        if (exit != null && exit == 0 && stderr.isEmpty()) {
            return new Verdict.RuntimeError("The program ended (exit code 0) before this test finished: does the code "
                    + "call exit?");
        }
        return new Verdict.RuntimeError(stderr.isEmpty() ? "exited with code " + exit : stderr);
    }

    /** Whether a runtime said it ran out of memory (its own evidence of the memory limit). */
    static boolean memoryMessage(String err) {
        return err.contains("MemoryError") || err.contains("OutOfMemoryError") || err.contains("heap out of memory")
                || err.contains("Allowed memory size") || err.contains("runtime: out of memory")
                || err.contains("std::bad_alloc");
    }

    /**
     * A signal that killed the code, when nothing says it was the memory limit: a SIGKILL then came from the code
     * itself (it killed its own process or the judge's), so the learner is told that rather than "out of memory".
     */
    static String signalWithoutEvidence(int number) {
        return number == 9
                ? signal(9) + ": the process was killed, and not for memory (did the code kill a process?)"
                : signal(number);
    }

    static String signal(int number) {
        return switch (number) {
            case 6 -> "Aborted (signal 6, SIGABRT)";
            case 8 -> "Floating-point exception (signal 8, SIGFPE)";
            case 9 -> "Killed (signal 9, SIGKILL)";
            case 11 -> "Segmentation fault (signal 11, SIGSEGV)";
            case 15 -> "Terminated (signal 15, SIGTERM)";
            default -> "Killed by signal " + number;
        };
    }

    private static String tail(String text) {
        String stripped = text.strip();
        return stripped.length() <= 2000 ? stripped : "…" + stripped.substring(stripped.length() - 2000);
    }
}
