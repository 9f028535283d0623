package dev.codedrill.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codedrill.failure.JsonFaults;
import dev.codedrill.failure.RawText;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads every problem folder under the given roots (docs/architecture.md#problems). A malformed problem is reported
 * with its file and the JSON path of the fault; the others still load.
 */
public final class ProblemLoader {

    /** What a problem's id (its folder's name) may be: lower-case words of letters and digits joined by hyphens. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> FIELDS = Set.of("id", "title", "difficulty", "tags", "kind", "signature",
            "design", "comparator", "timeLimitMs", "languageTimeLimitsMs", "memoryLimitMb", "unavailableIn",
            "generator");
    private static final int DEFAULT_TIME_LIMIT_MS = 2000;
    /** The checker of a problem whose comparator is {@code checker}. */
    public static final String CHECKER_FILE = "checker.py";
    /** The test generator of a problem with {@code "generator": {"seed": …, "tests": …}}. */
    public static final String GENERATOR_FILE = "generator.py";
    /** A problem's memory limit when its problem.json gives none. */
    public static final int DEFAULT_MEMORY_LIMIT_MB = 256;

    private final ObjectMapper json = new ObjectMapper();
    private final KeptSubmissions keptSubmissions;
    private final Set<String> languageIds;
    private final boolean lazyTests;

    /**
     * @param languageByExtension what a kept submission's extension says its language is, without the dot
     *                            ({@code py} → {@code python}); the app's comes from {@code lang.LanguageSupports}
     */
    public ProblemLoader(Map<String, String> languageByExtension) {
        this(new KeptSubmissions(languageByExtension), Set.copyOf(languageByExtension.values()), false);
    }

    private ProblemLoader(KeptSubmissions keptSubmissions, Set<String> languageIds, boolean lazyTests) {
        this.keptSubmissions = keptSubmissions;
        this.languageIds = languageIds;
        this.lazyTests = lazyTests;
    }

    /**
     * A loader that leaves each problem's tests.json unread until its tests are first asked for (the app: its list
     * is browsable at once); a fault in them is then a {@link TestSuite.UnreadableTests}, not a broken problem. The
     * plain loader reads every test at once, and a fault in them makes the problem broken ({@code check}, {@code
     * judge}).
     */
    public ProblemLoader readingTestsWhenFirstUsed() {
        return new ProblemLoader(keptSubmissions, languageIds, true);
    }

    public ProblemLibrary load(List<Path> roots) {
        List<Path> dirs = roots.stream().flatMap(root -> folders(root).stream()).toList();
        // Parsing the tests (tens of MB with the large ones) is most of the start-up: the folders load in parallel,
        // and are then taken in order, so the first of two folders with the same id wins as before.
        List<Object> loaded = dirs.parallelStream().map(this::loadOrFault).toList();
        List<Problem> problems = new ArrayList<>();
        List<BrokenProblem> broken = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (int i = 0; i < dirs.size(); i++) {
            Path dir = dirs.get(i);
            if (loaded.get(i) instanceof Problem problem) {
                Path earlier = seen.putIfAbsent(problem.id(), dir);
                if (earlier != null) {
                    broken.add(new BrokenProblem(dir, dir.resolve("problem.json"), "$.id",
                            "duplicate id '" + problem.id() + "' (already used by " + earlier + ")"));
                } else {
                    problems.add(problem);
                }
            } else {
                broken.add((BrokenProblem) loaded.get(i));
            }
        }
        problems.sort(Comparator.comparing(Problem::id));
        return new ProblemLibrary(problems, broken);
    }

    private Object loadOrFault(Path dir) {
        try {
            return load(dir);
        } catch (ProblemFault f) {
            return new BrokenProblem(dir, f.file, f.jsonPath, f.getMessage());
        }
    }

    private static List<Path> folders(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(d -> Files.isRegularFile(d.resolve("problem.json"))).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    Problem load(Path dir) throws ProblemFault {
        Path file = dir.resolve("problem.json");
        JsonNode meta = read(file);
        if (!meta.isObject()) {
            throw new ProblemFault(file, "$", "must be a JSON object");
        }
        for (Iterator<String> names = meta.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new ProblemFault(file, "$." + name, "unknown field (fields: " + String.join(", ",
                        FIELDS.stream().sorted().toList()) + ")");
            }
        }
        String id = text(meta, "id", file);
        if (!ID.matcher(id).matches()) {
            throw new ProblemFault(file, "$.id", "'" + id + "' is not a lowercase-kebab-case id");
        }
        String title = text(meta, "title", file);
        Difficulty difficulty = choice(Difficulty.class, text(meta, "difficulty", file), file, "$.difficulty");
        List<String> tags = new ArrayList<>();
        JsonNode tagNode = require(meta, "tags", file);
        if (!tagNode.isArray()) {
            throw new ProblemFault(file, "$.tags", "must be an array of strings");
        }
        for (int i = 0; i < tagNode.size(); i++) {
            if (!tagNode.get(i).isTextual()) {
                throw new ProblemFault(file, "$.tags[" + i + "]", "must be a string");
            }
            String tag = tagNode.get(i).asText();
            if (!Tags.isKnown(tag)) {
                throw new ProblemFault(file, "$.tags[" + i + "]", "'" + tag + "' is not a tag of CodeDrill's list"
                        + " (topics: " + String.join(", ", Tags.topics()) + "; others: " + String.join(", ",
                        Tags.all().stream().filter(t -> !Tags.isTopic(t)).toList()) + ")");
            }
            tags.add(tag);
        }
        if (tags.stream().noneMatch(Tags::isTopic)) {
            throw new ProblemFault(file, "$.tags", "needs at least one topic (" + String.join(", ", Tags.topics())
                    + ")");
        }
        ProblemKind kind = choice(ProblemKind.class, text(meta, "kind", file), file, "$.kind");
        Signature signature = null;
        if (kind == ProblemKind.FUNCTION) {
            try {
                signature = Signature.parse(text(meta, "signature", file));
            } catch (IllegalArgumentException e) {
                throw new ProblemFault(file, "$.signature", e.getMessage());
            }
        } else if (meta.has("signature")) {
            throw new ProblemFault(file, "$.signature", kind == ProblemKind.DESIGN
                    ? "a design problem has \"design\" (its constructor and methods) instead of a signature"
                    : "stdio problems have no signature");
        }
        DesignClass design = kind == ProblemKind.DESIGN ? design(meta.get("design"), file) : null;
        if (design == null && meta.has("design")) {
            throw new ProblemFault(file, "$.design", "only a design problem (\"kind\": \"design\") has a design");
        }
        ComparatorSpec comparator = comparator(meta.get("comparator"), kind, file);
        int timeLimit = positive(meta, "timeLimitMs", DEFAULT_TIME_LIMIT_MS, file);
        Map<String, Integer> languageTimeLimits = languageTimeLimits(meta.get("languageTimeLimitsMs"), file);
        Map<String, String> unavailableIn = unavailableIn(meta.get("unavailableIn"), file);
        int memoryLimit = positive(meta, "memoryLimitMb", DEFAULT_MEMORY_LIMIT_MB, file);
        Path statementFile = dir.resolve("statement.md");
        if (!Files.isRegularFile(statementFile)) {
            throw new ProblemFault(statementFile, "", "missing: every problem needs a statement");
        }
        String statement;
        try {
            statement = Files.readString(statementFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ProblemFault(statementFile, "", unreadable(e));
        }
        TestSuite.Generator generator = generator(meta.get("generator"), dir, kind, file);
        Path testsFile = dir.resolve("tests.json");
        final Signature sig = signature;
        TestSuite suite = TestSuite.lazy(() -> {
            try {
                return tests(read(testsFile), testsFile, kind, sig, design, 0, false);
            } catch (ProblemFault f) {
                throw new TestSuite.UnreadableTests(f.file, f.jsonPath, f.getMessage());
            }
        }, generator);
        if (!Files.isRegularFile(testsFile)) {
            throw new ProblemFault(testsFile, "", "missing: every problem needs tests");
        }
        if (!lazyTests) {
            try {
                suite.written();
            } catch (TestSuite.UnreadableTests e) {
                throw new ProblemFault(e.file(), e.jsonPath(), e.getMessage());
            }
        }
        List<KeptSubmission> kept = keptSubmissions.read(dir);
        return new Problem(id, title, difficulty, tags, kind, signature, comparator, timeLimit, memoryLimit,
                statement, suite, dir, kept, languageTimeLimits, design, unavailableIn);
    }

    /** {@code "generator": {"seed": 7, "tests": 4}}: generator.py makes that many hidden tests from that seed. */
    private static TestSuite.Generator generator(JsonNode node, Path dir, ProblemKind kind, Path file)
            throws ProblemFault {
        Path script = dir.resolve(GENERATOR_FILE);
        if (node == null) {
            if (Files.exists(script)) {
                throw new ProblemFault(script, "", "is not used: say \"generator\": {\"seed\": 1, \"tests\": N} in "
                        + "problem.json, or remove it");
            }
            return null;
        }
        if (!node.isObject() || !node.path("seed").isIntegralNumber() || !node.path("seed").canConvertToLong()) {
            throw new ProblemFault(file, "$.generator", "must be {\"seed\": a whole number, \"tests\": how many tests "
                    + "generator.py prints}");
        }
        int count = positive(node, "tests", 0, file, "$.generator.");
        if (count == 0) {
            throw new ProblemFault(file, "$.generator.tests", "missing: how many tests generator.py prints");
        }
        if (node.size() != 2) {
            throw new ProblemFault(file, "$.generator", "has only \"seed\" and \"tests\"");
        }
        if (!Files.isRegularFile(script)) {
            throw new ProblemFault(script, "", "missing: problem.json names a generator");
        }
        return new TestSuite.Generator(script, node.get("seed").asLong(), count);
    }

    /**
     * The tests a problem's generator printed (a JSON array shaped as tests.json's, every test hidden), numbered on
     * from its tests.json's.
     *
     * @throws TestSuite.UnreadableTests naming generator.py's output and where in it the fault is
     */
    public List<TestCase> generatedTests(Problem problem, String printed) {
        TestSuite.Generator generator = problem.testSuite().generator().orElseThrow();
        Path file = generator.file();
        try {
            JsonNode array;
            try {
                array = json.readTree(printed);
            } catch (JsonProcessingException e) {
                throw new ProblemFault(file, "", "printed what is not JSON (" + JsonFaults.where(e) + "): "
                        + JsonFaults.reason(e));
            }
            if (array == null || !array.isArray() || array.size() != generator.count()) {
                throw new ProblemFault(file, "$", "must print a JSON array of " + generator.count() + " tests (problem"
                        + ".json's generator.tests), not " + (array == null || !array.isArray() ? "that"
                        : array.size() + " tests"));
            }
            return tests(array, file, problem.kind(), problem.signature(), problem.design(), problem.tests().size(),
                    true);
        } catch (ProblemFault f) {
            throw new TestSuite.UnreadableTests(f.file, f.jsonPath, "its output " + f.getMessage());
        }
    }

    /** {@code "design": {"constructor": "MinStack()", "methods": ["push(x: int) -> void", …]}}. */
    private static DesignClass design(JsonNode node, Path file) throws ProblemFault {
        if (node == null || !node.isObject() || !node.path("constructor").isTextual()
                || !node.path("methods").isArray()) {
            throw new ProblemFault(file, "$.design", "a design problem needs \"design\": {\"constructor\": "
                    + "\"ClassName(param: type, …)\", \"methods\": [\"name(param: type, …) -> type\", …]}");
        }
        List<String> methods = new ArrayList<>();
        for (int i = 0; i < node.get("methods").size(); i++) {
            JsonNode m = node.get("methods").get(i);
            if (!m.isTextual()) {
                throw new ProblemFault(file, "$.design.methods[" + i + "]", "must be a method's signature (a string)");
            }
            methods.add(m.asText());
        }
        try {
            return DesignClass.parse(node.get("constructor").asText(), methods);
        } catch (IllegalArgumentException e) {
            throw new ProblemFault(file, "$.design", e.getMessage());
        }
    }

    /**
     * The tests of a JSON array, numbered from {@code first}; a generator's ({@code generated}) are all hidden.
     */
    private static List<TestCase> tests(JsonNode array, Path file, ProblemKind kind, Signature signature,
                                        DesignClass design, int first, boolean generated) throws ProblemFault {
        if (!array.isArray()) {
            throw new ProblemFault(file, "$", "must be an array of tests");
        }
        if (array.isEmpty()) {
            throw new ProblemFault(file, "$", "has no tests");
        }
        List<TestCase> tests = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "$[" + i + "]";
            JsonNode t = array.get(i);
            if (!t.isObject()) {
                throw new ProblemFault(file, at, "must be an object with name, input, expected, sample");
            }
            String name = t.path("name").isTextual() ? t.get("name").asText() : "test " + (i + 1);
            JsonNode input = t.get("input");
            JsonNode expected = t.get("expected");
            String expectedError = expectedError(t.get("expectedError"), kind, file, at);
            if (input == null) {
                throw new ProblemFault(file, at + ".input", "missing");
            }
            if (expected == null && expectedError == null) {
                throw new ProblemFault(file, at + ".expected", "missing");
            }
            if (expected != null && expectedError != null) {
                throw new ProblemFault(file, at + ".expectedError", "a test expects a value or an error, not both: "
                        + "remove \"expected\" or \"expectedError\"");
            }
            if (t.has("sample") && !t.get("sample").isBoolean()) {
                throw new ProblemFault(file, at + ".sample", "must be true or false");
            }
            if (kind == ProblemKind.STDIO) {
                if (!input.isTextual()) {
                    throw new ProblemFault(file, at + ".input", "must be the stdin text (a string)");
                }
                if (!expected.isTextual()) {
                    throw new ProblemFault(file, at + ".expected", "must be the expected stdout text (a string)");
                }
            } else if (kind == ProblemKind.DESIGN) {
                DesignTests.check(file, at, input, expected, design);
            } else {
                checkArguments(file, at, input, signature);
                Optional<String> fault = expected == null ? Optional.empty()
                        : signature.returns().check(expected, at + ".expected");
                if (fault.isPresent()) {
                    throw new ProblemFault(file, at + ".expected", fault.get());
                }
            }
            if (generated && t.path("sample").asBoolean(false)) {
                throw new ProblemFault(file, at + ".sample", "a generated test is hidden: samples go in tests.json");
            }
            tests.add(new TestCase(first + i, name, input, expected, t.path("sample").asBoolean(false),
                    expectedError));
        }
        return tests;
    }

    /** {@code true} (any error) or a text the error must contain; null when the test expects a value. */
    private static String expectedError(JsonNode node, ProblemKind kind, Path file, String at) throws ProblemFault {
        if (node == null) {
            return null;
        }
        if (kind == ProblemKind.DESIGN) {
            throw new ProblemFault(file, at + ".expectedError", "a design test is judged on what its calls return: "
                    + "it cannot expect an error");
        }
        if (kind == ProblemKind.STDIO) {
            throw new ProblemFault(file, at + ".expectedError", "only a function test can expect an error (a stdio "
                    + "program's failure is its exit code: expect the text it prints instead)");
        }
        if (node.isBoolean() && node.asBoolean()) {
            return "";
        }
        if (node.isTextual() && !node.asText().isBlank()) {
            return node.asText();
        }
        throw new ProblemFault(file, at + ".expectedError", "must be true (any error) or the text the error's "
                + "message must contain");
    }

    private static void checkArguments(Path file, String at, JsonNode input, Signature signature) throws ProblemFault {
        if (!input.isObject()) {
            throw new ProblemFault(file, at + ".input", "must be an object with a value per parameter");
        }
        for (Signature.Param p : signature.params()) {
            JsonNode value = input.get(p.name());
            if (value == null) {
                throw new ProblemFault(file, at + ".input." + p.name(), "missing (parameter of " + signature + ")");
            }
            Optional<String> fault = p.type().check(value, at + ".input." + p.name());
            if (fault.isPresent()) {
                throw new ProblemFault(file, at + ".input." + p.name(), fault.get());
            }
        }
        for (Iterator<String> names = input.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (signature.params().stream().noneMatch(p -> p.name().equals(name))) {
                throw new ProblemFault(file, at + ".input." + name, "is not a parameter of " + signature);
            }
        }
    }

    private static ComparatorSpec comparator(JsonNode node, ProblemKind kind, Path file) throws ProblemFault {
        if (node == null) {
            return kind == ProblemKind.STDIO ? ComparatorSpec.TOKENS : ComparatorSpec.EXACT;
        }
        if (!node.isObject() || !node.path("type").isTextual()) {
            throw new ProblemFault(file, "$.comparator", "must be an object with a \"type\"");
        }
        ComparatorSpec.Type type = choice(ComparatorSpec.Type.class, node.get("type").asText(), file, "$.comparator.type");
        if (type == ComparatorSpec.Type.LINES && kind != ProblemKind.STDIO) {
            throw new ProblemFault(file, "$.comparator.type", "'lines' compares printed output line by line: it is "
                    + "for stdio problems (a function problem's value has no lines; use exact)");
        }
        if (type == ComparatorSpec.Type.CHECKER) {
            if (kind != ProblemKind.STDIO) {
                throw new ProblemFault(file, "$.comparator.type", "'checker' runs the problem's checker.py on printed "
                        + "output: it is for stdio problems (a function problem can use unordered or float)");
            }
            if (!Files.isRegularFile(file.resolveSibling(CHECKER_FILE))) {
                throw new ProblemFault(file.resolveSibling(CHECKER_FILE), "", "missing: the comparator 'checker' needs "
                        + "the problem's checker program, " + CHECKER_FILE + ", next to problem.json");
            }
        }
        try {
            if (node.has("nested") && !node.get("nested").isBoolean()) {
                throw new ProblemFault(file, "$.comparator.nested", "must be true or false");
            }
            return new ComparatorSpec(type, node.path("absolute").asDouble(0), node.path("relative").asDouble(0),
                    node.path("nested").asBoolean(false));
        } catch (IllegalArgumentException e) {
            throw new ProblemFault(file, "$.comparator", e.getMessage());
        }
    }

    private JsonNode read(Path file) throws ProblemFault {
        try {
            JsonNode node = json.readTree(file.toFile());
            if (node == null || node.isMissingNode()) {
                throw new ProblemFault(file, "$", "is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ProblemFault(file, "", "not valid JSON (" + JsonFaults.where(e) + "): " + JsonFaults.reason(e));
        } catch (IOException e) {
            throw new ProblemFault(file, "", unreadable(e));
        }
    }

    /** Why a file cannot be read, in words (never the exception's own text, which may be "Input length = 1"). */
    private static String unreadable(IOException e) {
        if (e instanceof CharacterCodingException) {
            return "unreadable: it is not UTF-8 text; save it as UTF-8";
        }
        if (e instanceof AccessDeniedException || String.valueOf(e.getMessage()).contains("Permission denied")) {
            return "unreadable: permission denied";
        }
        String said = RawText.plainPart(e.getMessage());
        return "unreadable" + (said.isEmpty() ? "" : ": " + said);
    }

    private static JsonNode require(JsonNode meta, String field, Path file) throws ProblemFault {
        JsonNode node = meta.get(field);
        if (node == null || node.isNull()) {
            throw new ProblemFault(file, "$." + field, "missing");
        }
        return node;
    }

    private static String text(JsonNode meta, String field, Path file) throws ProblemFault {
        JsonNode node = require(meta, field, file);
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new ProblemFault(file, "$." + field, "must be a non-empty string");
        }
        return node.asText();
    }

    /** {@code {"python": 3000, …}}: a positive limit for each named language, which must be one CodeDrill knows. */
    private Map<String, Integer> languageTimeLimits(JsonNode node, Path file) throws ProblemFault {
        if (node == null) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw new ProblemFault(file, "$.languageTimeLimitsMs",
                    "must be an object of time limits by language, like {\"python\": 3000}");
        }
        Map<String, Integer> limits = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String language = entry.getKey();
            if (!languageIds.isEmpty() && !languageIds.contains(language)) {
                throw new ProblemFault(file, "$.languageTimeLimitsMs." + language, "unknown language (known: "
                        + String.join(", ", languageIds.stream().sorted().toList()) + ")");
            }
            limits.put(language, positive(node, language, 0, file, "$.languageTimeLimitsMs."));
        }
        return limits;
    }

    /** {@code {"rust": "why"}}: the languages the problem cannot be solved in, each a known one with its reason. */
    private Map<String, String> unavailableIn(JsonNode node, Path file) throws ProblemFault {
        if (node == null) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw new ProblemFault(file, "$.unavailableIn", "must be an object of reasons by language, like "
                    + "{\"rust\": \"a list with a cycle cannot be built from Option<Box<ListNode>>\"}");
        }
        Map<String, String> reasons = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String language = entry.getKey();
            if (!languageIds.isEmpty() && !languageIds.contains(language)) {
                throw new ProblemFault(file, "$.unavailableIn." + language, "unknown language (known: "
                        + String.join(", ", languageIds.stream().sorted().toList()) + ")");
            }
            if (!entry.getValue().isTextual() || entry.getValue().asText().isBlank()) {
                throw new ProblemFault(file, "$.unavailableIn." + language, "must be the reason, as a learner reads "
                        + "it");
            }
            reasons.put(language, entry.getValue().asText().strip());
        }
        return reasons;
    }

    private static int positive(JsonNode meta, String field, int fallback, Path file) throws ProblemFault {
        return positive(meta, field, fallback, file, "$.");
    }

    private static int positive(JsonNode meta, String field, int fallback, Path file, String parent)
            throws ProblemFault {
        JsonNode node = meta.get(field);
        if (node == null) {
            return fallback;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() <= 0) {
            throw new ProblemFault(file, parent + field, "must be a positive whole number");
        }
        return node.asInt();
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, Path file, String path)
            throws ProblemFault {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name().toLowerCase(Locale.ROOT));
            }
            throw new ProblemFault(file, path, "unknown value '" + value + "' (expected one of "
                    + String.join(", ", allowed) + ")");
        }
    }
}
