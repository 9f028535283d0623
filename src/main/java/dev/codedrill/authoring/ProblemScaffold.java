package dev.codedrill.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.lang.support.LanguageSupport;
import dev.codedrill.problem.DesignClass;
import dev.codedrill.problem.KeptVerdict;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.ProblemLoader;
import dev.codedrill.problem.Signature;
import dev.codedrill.problem.Tags;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A new problem's folder, in the format of problems/README.md, that loads at once: problem.json, a statement
 * template whose TODO lines say what to write, one sample test shaped by the signature, every language's starter
 * code as its reference solutions, and the kept-submission folders. {@code check} then names what is still missing
 * ({@link AuthoringFaults}). The folder is written whole or not at all.
 */
public final class ProblemScaffold {

    /** What the templates mark for the author to replace; {@link AuthoringFaults} finds it left in a statement. */
    public static final String TODO = "TODO";
    public static final String DEFAULT_FUNCTION = "solve(nums: int[]) -> int";
    public static final String DEFAULT_DESIGN = "Tracker(); add(value: int) -> void; count() -> int";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemScaffold() {
    }

    /**
     * Writes the folder {@code parent/id}.
     *
     * @param signature a function's ({@code twoSum(nums: int[], target: int) -> int[]}), a design class's
     *                  constructor and methods separated by semicolons ({@code Counter(start: int); add(x: int) ->
     *                  void; total() -> long}), nothing for a stdio problem; null for the defaults
     * @return the new folder
     */
    public static Path create(Path parent, String id, ProblemKind kind, String signature) throws ScaffoldException {
        if (id == null || !ProblemLoader.ID.matcher(id).matches()) {
            throw new ScaffoldException("'" + id + "' cannot be a problem's id: use lower-case letters and digits in"
                    + " words joined by single hyphens, as in two-sum or n-queens-ii.");
        }
        Path dir = parent.resolve(id);
        if (Files.exists(dir)) {
            throw new ScaffoldException(dir + " exists already: choose another id or move that folder. Nothing was"
                    + " written.");
        }
        Shape shape = Shape.of(kind, signature);
        Path staging = null;
        try {
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, "." + id + "-");
            write(staging, id, shape);
            Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
            return dir;
        } catch (FileAlreadyExistsException e) {
            throw new ScaffoldException(dir + " exists already: choose another id or move that folder. Nothing was"
                    + " written.", e);
        } catch (IOException e) {
            throw new ScaffoldException("The folder " + dir + " could not be written (" + e.getClass().getSimpleName()
                    .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT) + " at " + e.getMessage()
                    + "). Check that the folder is writable and the disk has room. Nothing was left behind.", e);
        } finally {
            if (staging != null) {
                Folders.deleteQuietly(staging);
            }
        }
    }

    /** The title an id suggests: {@code two-sum} → {@code Two Sum}. */
    public static String title(String id) {
        return Arrays.stream(id.split("-")).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining(" "));
    }

    private static void write(Path dir, String id, Shape shape) throws IOException {
        ObjectNode problem = JSON.createObjectNode();
        problem.put("id", id);
        problem.put("title", title(id));
        problem.put("difficulty", "easy");
        problem.putArray("tags").add(Tags.topics().get(0));
        problem.put("kind", shape.kind().name().toLowerCase(Locale.ROOT));
        if (shape.function() != null) {
            problem.put("signature", shape.function().toString());
        } else if (shape.design() != null) {
            ObjectNode design = problem.putObject("design");
            design.put("constructor", shape.constructor());
            ArrayNode methods = design.putArray("methods");
            shape.design().methods().forEach(m -> methods.add(m.toString()));
        }
        problem.putObject("comparator").put("type", shape.kind() == ProblemKind.STDIO ? "tokens" : "exact");
        problem.put("timeLimitMs", 2000);
        problem.put("memoryLimitMb", 256);
        Files.writeString(dir.resolve("problem.json"),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(problem) + "\n");
        ObjectNode sample = JSON.createObjectNode();
        sample.put("name", "example 1");
        sample.set("input", shape.sampleInput());
        sample.set("expected", shape.sampleExpected());
        sample.put("sample", true);
        Files.writeString(dir.resolve("tests.json"), "[\n" + JSON.writeValueAsString(sample) + "\n]\n");
        Files.writeString(dir.resolve("statement.md"), statement(title(id), shape));
        Path solutions = Files.createDirectories(dir.resolve("solutions"));
        for (LanguageSupport language : LanguageSupports.all()) {
            Files.writeString(solutions.resolve(language.solutionFile()), shape.starter(language),
                    StandardCharsets.UTF_8);
        }
        for (String folder : List.of(KeptVerdict.WRONG_ANSWER.folder(), KeptVerdict.TIME_LIMIT_EXCEEDED.folder())) {
            Files.createDirectories(dir.resolve("submissions").resolve(folder));
        }
    }

    private static String statement(String title, Shape shape) {
        String task = switch (shape.kind()) {
            case FUNCTION -> "Write a function `" + shape.function().name() + "` that TODO: what it is given and what"
                    + " it returns.";
            case DESIGN -> "Design a class `" + shape.design().name() + "` TODO: what it keeps, and what each"
                    + " method does (" + shape.design().methods().stream().map(m -> "`" + m.name() + "`")
                            .collect(Collectors.joining(", ")) + ").";
            case STDIO -> "TODO: what the program reads from standard input, and what it prints.";
        };
        return "# " + title + "\n\n"
                + TODO + ": the task in your own words, with your own names and numbers (never copied from"
                + " elsewhere).\n\n" + task + "\n\n"
                + "## Examples\n\n```\n" + TODO + ": the sample tests of tests.json, in order, as input and output\n"
                + "```\n\n"
                + "## Constraints\n\n- " + TODO + ": the size and the range of every input\n\n"
                + "## Hints\n\n1. " + TODO + ": a first step towards the idea\n2. " + TODO + ": the idea itself\n";
    }

    /** What the problem's kind and signature give its files. */
    private record Shape(ProblemKind kind, Signature function, DesignClass design, String constructor) {

        static Shape of(ProblemKind kind, String signature) throws ScaffoldException {
            String text = signature == null || signature.isBlank() ? null : signature.strip();
            try {
                return switch (kind) {
                    case FUNCTION -> new Shape(kind, Signature.parse(text == null ? DEFAULT_FUNCTION : text), null,
                            null);
                    case DESIGN -> {
                        List<String> parts = Arrays.stream((text == null ? DEFAULT_DESIGN : text).split(";"))
                                .map(String::strip).filter(s -> !s.isEmpty()).toList();
                        if (parts.size() < 2) {
                            throw new IllegalArgumentException("a design class needs its constructor and at least"
                                    + " one method, separated by semicolons");
                        }
                        yield new Shape(kind, null, DesignClass.parse(parts.get(0), parts.subList(1, parts.size())),
                                parts.get(0));
                    }
                    case STDIO -> {
                        if (text != null) {
                            throw new IllegalArgumentException("a stdio problem has no signature: its program reads"
                                    + " standard input and prints");
                        }
                        yield new Shape(kind, null, null, null);
                    }
                };
            } catch (IllegalArgumentException e) {
                String example = kind == ProblemKind.DESIGN ? DEFAULT_DESIGN : DEFAULT_FUNCTION;
                throw new ScaffoldException("The signature '" + text + "' cannot be used: " + e.getMessage()
                        + ". Write it as in problems/README.md, for example \"" + example + "\".", e);
            }
        }

        String starter(LanguageSupport language) {
            return switch (kind) {
                case FUNCTION -> language.functionStarter(function);
                case DESIGN -> language.designStarter(design);
                case STDIO -> language.stdioStarter();
            };
        }

        JsonNode sampleInput() {
            switch (kind) {
                case FUNCTION -> {
                    ObjectNode input = JSON.createObjectNode();
                    function.params().forEach(p -> input.set(p.name(), SampleValues.argument(p.type())));
                    return input;
                }
                case DESIGN -> {
                    ObjectNode input = JSON.createObjectNode();
                    ArrayNode calls = input.putArray("calls");
                    ArrayNode args = input.putArray("args");
                    calls.add(design.name());
                    args.add(arguments(design.constructorParams()));
                    for (DesignClass.Method m : design.methods()) {
                        calls.add(m.name());
                        args.add(arguments(m.params()));
                    }
                    return input;
                }
                default -> {
                    return JSON.getNodeFactory().textNode("1 2\n");
                }
            }
        }

        JsonNode sampleExpected() {
            switch (kind) {
                case FUNCTION -> {
                    return function.inPlace() ? SampleValues.argument(function.params().get(0).type())
                            : SampleValues.zero(function.returns());
                }
                case DESIGN -> {
                    ArrayNode expected = JSON.createArrayNode();
                    expected.addNull();
                    for (DesignClass.Method m : design.methods()) {
                        expected.add(m.returnsVoid() ? JSON.nullNode() : SampleValues.zero(m.returns()));
                    }
                    return expected;
                }
                default -> {
                    return JSON.getNodeFactory().textNode("3\n");
                }
            }
        }

        private static ArrayNode arguments(List<Signature.Param> params) {
            ArrayNode args = JSON.createArrayNode();
            params.forEach(p -> args.add(SampleValues.argument(p.type())));
            return args;
        }
    }
}
