package dev.codedrill.judge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A judged submission as JSON: what {@code judge --json} prints, and what the history keeps (the same object) so a
 * past submission's results can be shown again. Rows written before kept only the tests array; both are read.
 */
public final class JudgeResultJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JudgeResultJson() {
    }

    public static ObjectNode of(String problemId, String languageId, RunMode mode, JudgeResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("problem", problemId);
        root.put("language", languageId);
        root.put("mode", mode.name());
        root.put("verdict", result.verdict().code());
        root.put("passed", result.passed());
        root.put("total", result.total());
        root.put("timeMs", Math.round(result.timeMs()));
        detail(result.verdict()).ifPresentOrElse(d -> root.put("detail", d), () -> root.putNull("detail"));
        root.set("tests", tests(result.tests()));
        return root;
    }

    public static ArrayNode tests(List<TestResult> results) {
        ArrayNode tests = JSON.createArrayNode();
        for (TestResult t : results) {
            ObjectNode test = tests.addObject();
            test.put("index", t.index());
            test.put("name", t.name());
            test.put("sample", t.sample());
            test.put("verdict", t.ran() ? t.verdict().code() : "NOT_RUN");
            test.put("timeMs", Math.round(t.timeMs() * 10) / 10.0);
            test.put("input", t.input());
            test.put("expected", t.expected());
            test.put("actual", t.actual());
            test.put("stdout", t.stdout());
            test.put("error", t.error());
            if (t.verdict() instanceof Verdict.WrongAnswer wa && !wa.feedback().isEmpty()) {
                test.put("feedback", wa.feedback());
            }
        }
        return tests;
    }

    /**
     * The tests of a stored submission (the {@code tests} array as {@link #tests} wrote it), with verdicts rebuilt
     * from their codes; the limits behind a verdict are not stored, so they read as 0. Empty when there is nothing
     * readable.
     */
    public static List<TestResult> readTests(String json) {
        JsonNode array = parse(json);
        if (array != null && array.isObject()) {
            array = array.get("tests");
        }
        if (array == null || !array.isArray()) {
            return List.of();
        }
        List<TestResult> tests = new ArrayList<>();
        for (JsonNode t : array) {
            String error = text(t, "error");
            String code = t.path("verdict").asText();
            Verdict verdict = code.equals("WRONG_ANSWER") ? new Verdict.WrongAnswer(text(t, "feedback"))
                    : verdictOf(code, error);
            tests.add(new TestResult(t.path("index").asInt(), text(t, "name"), t.path("sample").asBoolean(),
                    verdict, t.path("timeMs").asDouble(), text(t, "input"),
                    text(t, "expected"), t.hasNonNull("actual") ? t.get("actual").asText() : null, text(t, "stdout"),
                    error));
        }
        return tests;
    }

    /**
     * The verdict's own text when it has one: the compiler's output, why the sandbox failed, or a runtime error's
     * message.
     */
    public static Optional<String> detail(Verdict verdict) {
        if (verdict instanceof Verdict.CompilationError ce) {
            return Optional.of(ce.compilerOutput());
        }
        if (verdict instanceof Verdict.InternalError ie) {
            return Optional.of(ie.reason());
        }
        if (verdict instanceof Verdict.RuntimeError re && re.error() != null && !re.error().isBlank()) {
            return Optional.of(re.error()); // a load error (a missing method) has no test to carry it
        }
        return Optional.empty();
    }

    /**
     * The whole verdict of a stored submission (written by {@link #of}), with the compiler's output or the sandbox's
     * failure when it had one; empty when the JSON holds only tests (older rows) or cannot be read.
     */
    public static Optional<Verdict> readVerdict(String json) {
        JsonNode root = parse(json);
        if (root == null || !root.isObject() || !root.hasNonNull("verdict")) {
            return Optional.empty();
        }
        return Optional.ofNullable(verdictOf(root.get("verdict").asText(), text(root, "detail")));
    }

    /** The verdict named by a stored code; null for a test that did not run. */
    public static Verdict verdictOf(String code, String error) {
        return switch (code) {
            case "ACCEPTED" -> new Verdict.Accepted();
            case "WRONG_ANSWER" -> new Verdict.WrongAnswer();
            case "TIME_LIMIT_EXCEEDED" -> new Verdict.TimeLimitExceeded(0);
            case "MEMORY_LIMIT_EXCEEDED" -> new Verdict.MemoryLimitExceeded(0);
            case "RUNTIME_ERROR" -> new Verdict.RuntimeError(error);
            case "COMPILATION_ERROR" -> new Verdict.CompilationError(error);
            case "OUTPUT_LIMIT_EXCEEDED" -> new Verdict.OutputLimitExceeded(0);
            case "INTERNAL_ERROR" -> new Verdict.InternalError(error);
            default -> null;
        };
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : "";
    }
}
