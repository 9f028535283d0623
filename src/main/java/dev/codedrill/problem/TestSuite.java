package dev.codedrill.problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A problem's tests: those of its {@code tests.json}, read when first asked for (the app lists a hundred problems
 * without parsing megabytes of tests), and those its generator makes, if it has one (produced in a sandbox on first
 * use: {@code judge.GeneratedTests}).
 */
public final class TestSuite {

    private final Supplier<List<TestCase>> read;
    private final Generator generator;
    private volatile List<TestCase> tests;
    private volatile UnreadableTests fault;

    /**
     * A problem's test generator: {@code generator.py}, run with the seed as its one argument, prints a JSON array of
     * exactly {@code count} tests shaped as those of tests.json.
     */
    public record Generator(Path file, long seed, int count) {
        public Generator {
            if (count < 1) {
                throw new IllegalArgumentException("a generator makes at least one test");
            }
        }
    }

    private TestSuite(Supplier<List<TestCase>> read, Generator generator) {
        this.read = read;
        this.generator = generator;
    }

    /** Tests already read. */
    public static TestSuite of(List<TestCase> tests) {
        TestSuite suite = new TestSuite(null, null);
        suite.tests = List.copyOf(tests);
        return suite;
    }

    /** Tests read by {@code read} when first asked for; its {@link UnreadableTests} is kept and thrown each time. */
    public static TestSuite lazy(Supplier<List<TestCase>> read, Generator generator) {
        return new TestSuite(read, generator);
    }

    /** The same tests already read, with a generator. */
    public static TestSuite of(List<TestCase> tests, Generator generator) {
        TestSuite suite = new TestSuite(null, generator);
        suite.tests = List.copyOf(tests);
        return suite;
    }

    /** The tests of tests.json, read now if not yet. */
    public List<TestCase> written() {
        List<TestCase> t = tests;
        if (t != null) {
            return t;
        }
        synchronized (this) {
            if (tests == null && fault == null) {
                try {
                    tests = List.copyOf(read.get());
                } catch (UnreadableTests e) {
                    fault = e;
                }
            }
            if (fault != null) {
                throw fault;
            }
            return tests;
        }
    }

    /** Whether tests.json has been read (or found unreadable) already. */
    public boolean read() {
        return tests != null || fault != null;
    }

    public Optional<Generator> generator() {
        return Optional.ofNullable(generator);
    }

    /** How many tests a submission is judged on: tests.json's and the generator's. */
    public int count() {
        return written().size() + (generator == null ? 0 : generator.count());
    }

    /** A problem's tests could not be read: which file, where in it, and what is wrong, in the author's words. */
    public static final class UnreadableTests extends RuntimeException {
        private final transient Path file;
        private final String jsonPath;

        public UnreadableTests(Path file, String jsonPath, String message) {
            super(message);
            this.file = file;
            this.jsonPath = jsonPath;
        }

        public Path file() {
            return file;
        }

        public String jsonPath() {
            return jsonPath;
        }

        /** "tests.json at $[3].expected: must be an int …", as a learner or an author reads it. */
        public String describe() {
            return file.getFileName() + (jsonPath.isEmpty() ? "" : " at " + jsonPath) + ": " + getMessage();
        }
    }
}
