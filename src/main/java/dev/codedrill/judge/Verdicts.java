package dev.codedrill.judge;

import dev.codedrill.docker.ExecResult;

/** Reads how an exec ended into the verdict it means. */
final class Verdicts {

    private Verdicts() {
    }

    static Verdict compileFailure(ExecResult compiled, RunLimits limits) {
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

    /** Why a run stopped before a test finished. */
    static Verdict cutOff(ExecResult run, RunLimits limits) {
        if (run.timedOut()) {
            return new Verdict.TimeLimitExceeded(limits.perTestMs());
        }
        if (run.outputCapped()) {
            return new Verdict.OutputLimitExceeded(limits.outputBytes()); // stdout or stderr flooded the exec
        }
        Integer exit = run.exitCode();
        String stderr = tail(run.stderrText());
        if (exit != null && exit == 137) {
            // killed by SIGKILL and not by us at the deadline: the memory cgroup's OOM killer
            return new Verdict.MemoryLimitExceeded(limits.memoryMb());
        }
        if (stderr.contains("MemoryError") || stderr.contains("OutOfMemoryError")
                || stderr.contains("heap out of memory") || stderr.contains("Allowed memory size")
                || stderr.contains("runtime: out of memory") || stderr.contains("std::bad_alloc")) {
            return new Verdict.MemoryLimitExceeded(limits.memoryMb());
        }
        if (exit != null && exit > 128) {
            return new Verdict.RuntimeError(signal(exit - 128) + (stderr.isEmpty() ? "" : "\n" + stderr));
        }
        return new Verdict.RuntimeError(stderr.isEmpty() ? "exited with code " + exit : stderr);
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
