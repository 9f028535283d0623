package dev.codedrill.judge;

import dev.codedrill.docker.ExecResult;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemLoader;
import dev.codedrill.problem.TestCase;
import dev.codedrill.problem.TestSuite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tests a problem's generator makes (docs/architecture.md#generated-tests): on a problem's first submission,
 * {@code generator.py SEED} runs in the submission's sandbox (Python is in every runner), its printed JSON is checked
 * as tests.json is, and kept: in memory, and as a file named by the generator's content, seed and count in the cache
 * folder, so later runs and later sessions read it instead. Two submissions that need the same tests at once make
 * them once.
 */
public final class GeneratedTests {

    /** The generator is cut off after this long. */
    static final Duration LIMIT = Duration.ofSeconds(60);
    /** The most a generator may print. */
    static final int OUTPUT_CAP = 64 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(GeneratedTests.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path cacheDir;
    private final ProblemLoader parser;
    private final Map<String, List<TestCase>> made = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    /** @param cacheDir where made tests are kept between sessions; null keeps them in memory only */
    public GeneratedTests(Path cacheDir, ProblemLoader parser) {
        this.cacheDir = cacheDir;
        this.parser = parser;
    }

    /** A generator's failure, in the words a learner or an author reads (details in the log). */
    public static final class GeneratorFailed extends Exception {
        GeneratorFailed(String message) {
            super(message);
        }
    }

    /**
     * The problem's generated tests: kept ones, or made now in {@code sandbox}.
     *
     * @throws GeneratorFailed when the generator fails, runs too long, or prints what is not its tests
     */
    public List<TestCase> of(Problem problem, BorrowedSandbox sandbox) throws GeneratorFailed {
        TestSuite.Generator generator = problem.testSuite().generator().orElseThrow();
        byte[] code;
        try {
            code = Files.readAllBytes(generator.file());
        } catch (IOException e) {
            LOG.error("could not read the generator {}", generator.file(), e);
            throw new GeneratorFailed("Its test generator (" + generator.file() + ") could not be read.");
        }
        String key = problem.id() + "-" + key(code, generator);
        List<TestCase> known = made.get(key);
        if (known != null) {
            return known;
        }
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            known = made.get(key);
            if (known == null) {
                known = kept(problem, key);
            }
            if (known == null) {
                String printed = run(problem, code, generator, sandbox);
                known = parse(problem, printed);
                keep(key, printed);
            }
            made.put(key, known);
            return known;
        }
    }

    /** Whether the problem's generated tests are made already (in this session, or kept on disk). */
    public boolean ready(Problem problem) {
        TestSuite.Generator generator = problem.testSuite().generator().orElseThrow();
        try {
            String key = problem.id() + "-" + key(Files.readAllBytes(generator.file()), generator);
            return made.containsKey(key) || (cacheDir != null && Files.isRegularFile(cacheDir.resolve(key + ".json")));
        } catch (IOException e) {
            return false;
        }
    }

    private List<TestCase> kept(Problem problem, String key) {
        if (cacheDir == null) {
            return null;
        }
        Path file = cacheDir.resolve(key + ".json");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return parser.generatedTests(problem, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | TestSuite.UnreadableTests e) {
            LOG.warn("the kept generated tests {} could not be read; making them again", file, e);
            return null;
        }
    }

    private void keep(String key, String printed) {
        if (cacheDir == null) {
            return;
        }
        try {
            Files.createDirectories(cacheDir);
            Path part = Files.createTempFile(cacheDir, key, ".part");
            Files.writeString(part, printed, StandardCharsets.UTF_8);
            try {
                Files.move(part, cacheDir.resolve(key + ".json"), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, cacheDir.resolve(key + ".json"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("could not keep the generated tests {} in {}; they will be made again next session", key,
                    cacheDir, e);
        }
    }

    private static String run(Problem problem, byte[] code, TestSuite.Generator generator, BorrowedSandbox sandbox)
            throws GeneratorFailed {
        String dir = ".gen-" + HexFormat.of().formatHex(RANDOM.generateSeed(8));
        String script = "timeout -s KILL " + LIMIT.toSeconds() + " python3 -I " + dir + "/"
                + ProblemLoader.GENERATOR_FILE + " " + generator.seed() + "; code=$?; rm -rf " + dir + "; exit $code";
        ExecResult ran = sandbox.script(Map.of(dir + "/" + ProblemLoader.GENERATOR_FILE, code), script,
                LIMIT.plusSeconds(15), OUTPUT_CAP, 8 * 1024);
        if (ran.stdoutTruncated()) {
            throw new GeneratorFailed("Its test generator printed more than " + OUTPUT_CAP / (1024 * 1024) + " MB.");
        }
        if (ran.exitCode() == null || ran.exitCode() != 0) {
            LOG.warn("the generator of {} exited with {}: {}", problem.id(), ran.exitCode(), ran.stderrText());
            String stderr = ran.stderrText().strip();
            String last = stderr.isEmpty() ? "" : stderr.substring(stderr.lastIndexOf('\n') + 1);
            throw new GeneratorFailed("Its test generator " + (ran.exitCode() != null && ran.exitCode() == 137
                    ? "ran longer than " + LIMIT.toSeconds() + " s or ran out of memory"
                    : "failed (exit " + ran.exitCode() + ")" + (last.isEmpty() ? "" : ": " + last)) + ".");
        }
        return ran.stdoutText();
    }

    private List<TestCase> parse(Problem problem, String printed) throws GeneratorFailed {
        try {
            return parser.generatedTests(problem, printed);
        } catch (TestSuite.UnreadableTests e) {
            LOG.warn("the generator of {} printed tests that are wrong: {}", problem.id(), e.describe());
            throw new GeneratorFailed("Its test generator printed tests that are wrong: " + e.describe());
        }
    }

    private static String key(byte[] code, TestSuite.Generator generator) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(code);
            sha.update(("\n" + generator.seed() + "\n" + generator.count()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
