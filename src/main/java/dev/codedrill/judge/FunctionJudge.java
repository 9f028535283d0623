package dev.codedrill.judge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codedrill.docker.ExecResult;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.harness.RunPlan;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.TestCase;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a function problem's harness in a sandbox — compile, then one exec for all tests — and reads the one result
 * line per test it left, judging each by the problem's comparator. A test the harness never reached was cut off by
 * the deadline (Time Limit), the memory cap (Memory Limit) or a crash (Runtime Error).
 */
public final class FunctionJudge {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);

    public JudgeResult judge(Problem problem, RunPlan plan, List<TestCase> tests, Sandbox sandbox, RunLimits limits) {
        return judge(problem, plan, tests, sandbox, limits, stage -> { });
    }

    /** As above, telling {@code stages} when compiling and running begin. */
    public JudgeResult judge(Problem problem, RunPlan plan, List<TestCase> tests, Sandbox sandbox, RunLimits limits,
                             java.util.function.Consumer<JudgeStage> stages) {
        sandbox.put(plan.files());
        if (!plan.compile().isEmpty()) {
            stages.accept(JudgeStage.COMPILING);
            ExecResult compiled = sandbox.run(plan.compile(), limits.compile(), limits.compilerOutputBytes(),
                    limits.compilerOutputBytes());
            if (!compiled.succeeded()) {
                return JudgeResult.without(Verdicts.compileFailure(compiled, limits), notRun(problem, tests));
            }
        }
        stages.accept(JudgeStage.RUNNING);
        ExecResult run = sandbox.run(plan.run(), limits.runDeadline(tests.size()), limits.outputBytes(),
                limits.compilerOutputBytes());
        ExecResult collected = sandbox.run(List.of("cat", plan.results()), Duration.ofSeconds(20),
                64 * 1024 * 1024, 4096);
        Map<Integer, JsonNode> lines = new HashMap<>();
        for (String line : collected.stdoutText().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                lines.put(node.path("i").asInt(-2), node);
            } catch (IOException e) {
                break; // a line cut short by the kill: the tests from here on did not finish
            }
        }
        JsonNode loadError = lines.get(-1);
        if (loadError != null) {
            return JudgeResult.without(new Verdict.RuntimeError(loadError.path("error").asText()), notRun(problem, tests));
        }
        OutputComparator comparator = new OutputComparator(problem.comparator());
        List<TestResult> results = new ArrayList<>();
        boolean cutOff = false;
        for (TestCase test : tests) {
            JsonNode line = lines.get(results.size()); // the harness numbers the tests it was given from 0
            if (line == null) {
                results.add(cutOff ? notRun(test) : missing(test, run, limits));
                cutOff = true;
                continue;
            }
            results.add(judged(test, line, comparator, limits));
        }
        return JudgeResult.of(results);
    }

    private static TestResult judged(TestCase test, JsonNode line, OutputComparator comparator, RunLimits limits) {
        double ms = line.path("ms").asDouble();
        String stdout = line.path("stdout").asText("");
        JsonNode value = line.get("value");
        String actual = value == null ? null : value.toString();
        Verdict verdict = switch (line.path("status").asText()) {
            case "memory" -> new Verdict.MemoryLimitExceeded(limits.memoryMb());
            case "flood" -> new Verdict.OutputLimitExceeded(HarnessGenerator.STDOUT_CAP);
            case "error" -> new Verdict.RuntimeError(line.path("error").asText());
            default -> {
                if (line.path("flooded").asBoolean()) {
                    yield new Verdict.OutputLimitExceeded(HarnessGenerator.STDOUT_CAP);
                } else if (ms > limits.perTestMs()) {
                    yield new Verdict.TimeLimitExceeded(limits.perTestMs());
                } else {
                    // a custom input has no expected value: it ran, and its output is what the learner wanted
                    yield test.expected() == null || comparator.matches(test.expected(), value)
                            ? new Verdict.Accepted() : new Verdict.WrongAnswer();
                }
            }
        };
        String error = verdict instanceof Verdict.RuntimeError re ? re.error() : "";
        return new TestResult(test.index(), test.name(), test.sample(), verdict, ms, test.input().toString(),
                expected(test), actual, stdout, error);
    }

    private static TestResult missing(TestCase test, ExecResult run, RunLimits limits) {
        Verdict verdict = Verdicts.cutOff(run, limits);
        String error = verdict instanceof Verdict.RuntimeError re ? re.error() : "";
        return new TestResult(test.index(), test.name(), test.sample(), verdict, 0, test.input().toString(),
                expected(test), null, "", error);
    }

    private static String expected(TestCase test) {
        return test.expected() == null ? "" : test.expected().toString();
    }

    private static TestResult notRun(TestCase test) {
        return new TestResult(test.index(), test.name(), test.sample(), null, 0, test.input().toString(),
                expected(test), null, "", "");
    }

    private static List<TestResult> notRun(Problem problem, List<TestCase> tests) {
        return tests.stream().map(FunctionJudge::notRun).toList();
    }
}
