package dev.codedrill.judge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.codedrill.problem.ComparatorSpec;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.TestCase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Stress testing, as CP Editor does it: a generator makes random inputs (Python, {@code gen.py SEED} prints one
 * input: a stdio problem's standard input, or a function problem's arguments as a JSON object), a brute-force
 * solution answers them, and the solution is judged on them with the problem's comparator, round after round, until
 * the two disagree; then the smallest input they disagree on is the result. Every program runs in the sandbox, as
 * any submission does, with every test run ({@link Judge#runningAllTests}).
 */
public final class Stress {

    /** The smallest disagreement found: its seed, input, the brute force's answer and the solution's. */
    public record Failure(long seed, String input, String expected, String actual, Verdict verdict) {
    }

    /** How many random tests were judged, and the smallest failure if there was one. */
    public record Outcome(int tests, Optional<Failure> failure) {
    }

    /** A program that failed to run (the generator or the brute force), with what it said. */
    public static final class ProgramFailed extends Exception {
        public ProgramFailed(String message) {
            super(message);
        }
    }

    /** A program and its language. */
    public record Program(String languageId, String source) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Judge judge;

    /** @param judge a judge (its {@code runningAllTests} is turned on here) */
    public Stress(Judge judge) {
        this.judge = judge.runningAllTests(true);
    }

    public Outcome run(Problem problem, String generator, Program brute, Program solution, int rounds, int perRound,
                       long firstSeed, Consumer<String> progress) throws InterruptedException, ProgramFailed {
        int tests = 0;
        for (int round = 0; round < rounds; round++) {
            long seed = firstSeed + (long) round * perRound;
            List<String> inputs = generate(problem, generator, seed, perRound);
            List<String> expected = answers(problem, brute, seed, inputs);
            List<Failure> failures = compare(problem, solution, seed, inputs, expected);
            tests += inputs.size();
            progress.accept("round " + (round + 1) + "/" + rounds + ": " + tests + " random tests, "
                    + (failures.isEmpty() ? "no disagreement" : failures.size() + " disagreements"));
            if (!failures.isEmpty()) {
                return new Outcome(tests, failures.stream().min(Comparator.comparingInt((Failure f) ->
                        f.input().length()).thenComparingLong(Failure::seed)));
            }
        }
        return new Outcome(tests, Optional.empty());
    }

    private List<String> generate(Problem problem, String generator, long seed, int count)
            throws InterruptedException, ProgramFailed {
        List<TestCase> seeds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            seeds.add(new TestCase(i, "seed " + (seed + i), TextNode.valueOf((seed + i) + "\n"), TextNode.valueOf(""),
                    false));
        }
        Problem runner = new Problem("stress-generator", "Stress generator", Difficulty.EASY, List.of("arrays"),
                ProblemKind.STDIO, null, ComparatorSpec.EXACT, Math.max(problem.timeLimitMs(), 5000),
                problem.memoryLimitMb(), "", seeds, problem.dir());
        // the generator is called as gen.py SEED: the wrapper hands it the seed its test gives on stdin
        String wrapped = "import sys\nsys.argv = [sys.argv[0], sys.stdin.readline().strip()]\n" + generator;
        List<String> inputs = new ArrayList<>();
        for (TestResult t : judged(Submission.of(runner, "python", wrapped, RunMode.SUBMIT), "The generator")) {
            if (!t.ran() || !(t.verdict() instanceof Verdict.WrongAnswer || t.verdict().accepted())) {
                throw new ProgramFailed("The generator failed on seed " + (seed + t.index()) + ": "
                        + t.verdict().label() + describe(t) + ". Fix it and stress again.");
            }
            String input = t.actual() == null ? "" : t.actual();
            if (problem.kind() == ProblemKind.FUNCTION && parse(input).filter(JsonNode::isObject).isEmpty()) {
                throw new ProgramFailed("The generator's output for seed " + (seed + t.index()) + " is not a JSON"
                        + " object of the function's arguments: " + cut(input));
            }
            inputs.add(input);
        }
        return inputs;
    }

    private List<String> answers(Problem problem, Program brute, long seed, List<String> inputs)
            throws InterruptedException, ProgramFailed {
        JsonNode unknown = problem.kind() == ProblemKind.FUNCTION ? NullNode.getInstance() : TextNode.valueOf("");
        List<String> answers = new ArrayList<>();
        for (TestResult t : judged(Submission.of(with(problem, inputs, null, unknown), brute.languageId(),
                brute.source(), RunMode.SUBMIT), "The brute force")) {
            if (!t.ran() || !(t.verdict() instanceof Verdict.WrongAnswer || t.verdict().accepted())) {
                throw new ProgramFailed("The brute force failed on seed " + (seed + t.index()) + ": "
                        + t.verdict().label() + describe(t) + ". A brute force must answer every input the"
                        + " generator makes.");
            }
            answers.add(t.actual() == null ? "" : t.actual());
        }
        return answers;
    }

    private List<Failure> compare(Problem problem, Program solution, long seed, List<String> inputs,
                                  List<String> expected) throws InterruptedException, ProgramFailed {
        List<Failure> failures = new ArrayList<>();
        for (TestResult t : judged(Submission.of(with(problem, inputs, expected, null), solution.languageId(),
                solution.source(), RunMode.SUBMIT), "The solution")) {
            if (t.ran() && !t.verdict().accepted()) {
                failures.add(new Failure(seed + t.index(), inputs.get(t.index()), expected.get(t.index()),
                        t.actual() == null ? "" : t.actual(), t.verdict()));
            }
        }
        return failures;
    }

    /** The tests of a program's run; a program that ran no test (it did not compile) fails the stress test. */
    private List<TestResult> judged(Submission submission, String who) throws InterruptedException, ProgramFailed {
        JudgeResult result = judge.judge(submission, stage -> { });
        if (result.tests().stream().noneMatch(TestResult::ran)) {
            Verdict v = result.verdict();
            String detail = v instanceof Verdict.CompilationError c ? c.compilerOutput()
                    : v instanceof Verdict.InternalError i ? i.reason()
                    : v instanceof Verdict.RuntimeError r ? r.error() : "";
            throw new ProgramFailed(who + " could not run: " + result.verdict().label()
                    + (detail == null || detail.isBlank() ? "" : " (" + cut(detail.strip()) + ")") + ".");
        }
        return result.tests();
    }

    /** The problem with these tests: each input, and its expected answer (or {@code unknown} for every one). */
    private static Problem with(Problem p, List<String> inputs, List<String> expected, JsonNode unknown) {
        List<TestCase> tests = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            boolean function = p.kind() == ProblemKind.FUNCTION;
            JsonNode input = function ? parse(inputs.get(i)).orElseThrow() : TextNode.valueOf(inputs.get(i));
            JsonNode answer = expected == null ? unknown : function ? parse(expected.get(i))
                    .orElse(TextNode.valueOf(expected.get(i))) : TextNode.valueOf(expected.get(i));
            tests.add(new TestCase(i, "random " + (i + 1), input, answer, false));
        }
        return new Problem(p.id(), p.title(), p.difficulty(), p.tags(), p.kind(), p.signature(), p.comparator(),
                p.timeLimitMs(), p.memoryLimitMb(), p.statement(), tests, p.dir(), List.of(),
                p.languageTimeLimitsMs(), p.design(), p.unavailableIn());
    }

    private static Optional<JsonNode> parse(String text) {
        try {
            return Optional.ofNullable(JSON.readTree(text));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static String describe(TestResult t) {
        String said = t.error() != null && !t.error().isBlank() ? t.error() : t.stdout();
        return said == null || said.isBlank() ? "" : " (" + cut(said.strip()) + ")";
    }

    private static String cut(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
