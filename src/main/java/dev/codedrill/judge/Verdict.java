package dev.codedrill.judge;

/**
 * How a test, or a whole submission, ended (docs/architecture.md#verdicts). A submission's verdict is its first failing
 * test's, in test order.
 */
public sealed interface Verdict {

    /** The stable name used in JSON and history: ACCEPTED, WRONG_ANSWER, …. */
    String code();

    /** For the user: "Accepted", "Wrong Answer", …. */
    String label();

    default boolean accepted() {
        return this instanceof Accepted;
    }

    record Accepted() implements Verdict {
        public String code() { return "ACCEPTED"; }
        public String label() { return "Accepted"; }
    }

    /** The answer is wrong; {@code feedback} is what the problem's checker said about it (empty without one). */
    record WrongAnswer(String feedback) implements Verdict {
        public WrongAnswer {
            feedback = feedback == null ? "" : feedback;
        }

        public WrongAnswer() {
            this("");
        }

        public String code() { return "WRONG_ANSWER"; }
        public String label() { return "Wrong Answer"; }
    }

    record TimeLimitExceeded(long limitMs) implements Verdict {
        public String code() { return "TIME_LIMIT_EXCEEDED"; }
        public String label() { return "Time Limit Exceeded"; }
    }

    record MemoryLimitExceeded(int limitMb) implements Verdict {
        public String code() { return "MEMORY_LIMIT_EXCEEDED"; }
        public String label() { return "Memory Limit Exceeded"; }
    }

    /** The code crashed: {@code error} names the exception or the signal. */
    record RuntimeError(String error) implements Verdict {
        public String code() { return "RUNTIME_ERROR"; }
        public String label() { return "Runtime Error"; }
    }

    record CompilationError(String compilerOutput) implements Verdict {
        public String code() { return "COMPILATION_ERROR"; }
        public String label() { return "Compilation Error"; }
    }

    record OutputLimitExceeded(long limitBytes) implements Verdict {
        public String code() { return "OUTPUT_LIMIT_EXCEEDED"; }
        public String label() { return "Output Limit Exceeded"; }
    }

    /** The sandbox failed, not the code: never the user's fault. */
    record InternalError(String reason) implements Verdict {
        public String code() { return "INTERNAL_ERROR"; }
        public String label() { return "Internal Error"; }
    }
}
