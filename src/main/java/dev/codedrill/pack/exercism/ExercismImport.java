package dev.codedrill.pack.exercism;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codedrill.authoring.Folders;
import dev.codedrill.authoring.ProblemScaffold;
import dev.codedrill.failure.JsonFaults;
import dev.codedrill.pack.ImportedPack;
import dev.codedrill.pack.PackException;
import dev.codedrill.pack.PackStore;
import dev.codedrill.problem.Signature;
import dev.codedrill.problem.Tags;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code import exercism canonical-data.json --signature "…"}: an exercise's canonical test data (Exercism's
 * problem-specifications) made into a function problem and installed as a pack of its own ({@code exercism-SLUG}).
 * Cases nest in groups (their descriptions make the test's name); a case that {@code reimplements} another replaces
 * it; an {@code {"error": "…"}} expectation becomes the test's expected error; the inputs are matched to the
 * signature's parameters by name (camelCase or snake_case alike). The statement is the exercise's
 * {@code description.md}, when it lies beside the file. What cannot be mapped is said in the notes.
 */
public final class ExercismImport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SAMPLES = 2;

    private final List<String> notes = new ArrayList<>();
    private final Signature signature;

    private ExercismImport(Signature signature) {
        this.signature = signature;
    }

    private record Case(String uuid, String reimplements, String name, String property, JsonNode input,
                        JsonNode expected) {
    }

    public static ImportedPack importData(Path file, String signatureText, List<String> tags, PackStore store,
                                          List<Path> otherRoots) throws PackException {
        if (signatureText == null || signatureText.isBlank()) {
            throw new PackException("Give the function's signature with --signature, as \"leapYear(year: int) ->"
                    + " bool\": canonical data has values but no types.");
        }
        Signature signature;
        try {
            signature = Signature.parse(signatureText.strip());
        } catch (IllegalArgumentException e) {
            throw new PackException("--signature \"" + signatureText + "\": " + e.getMessage() + ".");
        }
        JsonNode data = read(file);
        String slug = data.path("exercise").asText("");
        if (slug.isBlank()) {
            Path parent = file.toAbsolutePath().getParent();
            slug = parent == null ? "exercise" : parent.getFileName().toString();
        }
        String id = ImportedPack.id(slug, "the exercise's name");
        ExercismImport exercism = new ExercismImport(signature);
        List<Case> cases = exercism.cases(data);
        Path work = null;
        try {
            work = Files.createTempDirectory("codedrill-exercism-");
            Path dir = Files.createDirectories(work.resolve("pack").resolve(id));
            exercism.write(dir, id, cases, tags, file);
            return ImportedPack.install(work.resolve("pack"), "exercism-" + id, exercism.notes, store, otherRoots);
        } catch (IOException e) {
            throw new PackException("The imported problem could not be written (" + e.getMessage() + ").", e);
        } finally {
            Folders.deleteQuietly(work);
        }
    }

    private static JsonNode read(Path file) throws PackException {
        try {
            JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (node == null || !node.isObject() || !node.path("cases").isArray()) {
                throw new PackException(file + ": not Exercism canonical data (a JSON object with \"cases\").");
            }
            return node;
        } catch (JsonProcessingException e) {
            String at = JsonFaults.where(e);
            throw new PackException(file + (at.isEmpty() ? "" : " at " + at) + ": " + JsonFaults.reason(e) + ".");
        } catch (IOException e) {
            throw new PackException(file + " could not be read (" + e.getMessage() + ").", e);
        }
    }

    /** The leaf cases in order, groups flattened, reimplemented cases replaced, other properties left out. */
    private List<Case> cases(JsonNode data) throws PackException {
        Map<String, Case> byUuid = new LinkedHashMap<>();
        List<Case> all = new ArrayList<>();
        flatten(data.path("cases"), "", all);
        int replaced = 0;
        for (Case c : all) {
            if (c.reimplements() != null && byUuid.remove(c.reimplements()) != null) {
                replaced++;
            }
            byUuid.put(c.uuid() == null ? "#" + byUuid.size() : c.uuid(), c);
        }
        if (replaced > 0) {
            notes.add(replaced + (replaced == 1 ? " case was" : " cases were") + " replaced by the cases that"
                    + " reimplement them");
        }
        Set<String> properties = new LinkedHashSet<>();
        byUuid.values().forEach(c -> properties.add(c.property()));
        List<Case> kept = new ArrayList<>();
        for (Case c : byUuid.values()) {
            if (properties.size() > 1 && !signature.name().equals(c.property())) {
                continue;
            }
            kept.add(c);
        }
        properties.stream().filter(p -> properties.size() > 1 && !p.equals(signature.name())).forEach(p ->
                notes.add("the cases of the property '" + p + "' are left out: import again with a --signature"
                        + " named " + p + " for them"));
        if (kept.isEmpty()) {
            throw new PackException("No case has the property '" + signature.name() + "' (the data's: "
                    + String.join(", ", properties) + "): name the function as the data does.");
        }
        return kept;
    }

    private void flatten(JsonNode cases, String prefix, List<Case> into) {
        for (JsonNode node : cases) {
            String description = node.path("description").asText("case " + (into.size() + 1));
            String name = prefix.isEmpty() ? description : prefix + " — " + description;
            if (node.has("cases")) {
                flatten(node.path("cases"), name, into);
                continue;
            }
            JsonNode input = node.path("input").isObject() ? node.path("input") : JSON.createObjectNode();
            into.add(new Case(node.has("uuid") ? node.path("uuid").asText() : null,
                    node.has("reimplements") ? node.path("reimplements").asText() : null, name,
                    node.path("property").asText(""), input, node.path("expected")));
        }
    }

    private void write(Path dir, String id, List<Case> cases, List<String> givenTags, Path file)
            throws IOException, PackException {
        ArrayNode tests = JSON.createArrayNode();
        List<ObjectNode> samples = new ArrayList<>();
        for (Case c : cases) {
            ObjectNode input = JSON.createObjectNode();
            List<String> missing = new ArrayList<>();
            for (Signature.Param param : signature.params()) {
                JsonNode value = find(c.input(), param.name());
                if (value == null) {
                    missing.add(param.name());
                } else {
                    input.set(param.name(), value);
                }
            }
            if (!missing.isEmpty()) {
                notes.add("'" + c.name() + "' has no input for " + String.join(", ", missing) + ": left out");
                continue;
            }
            ObjectNode test = JSON.createObjectNode();
            test.put("name", c.name().length() > 120 ? c.name().substring(0, 117) + "…" : c.name());
            test.set("input", input);
            JsonNode expected = c.expected();
            if (expected.isObject() && expected.has("error") && expected.size() == 1) {
                test.put("expectedError", expected.path("error").asText());
            } else {
                test.set("expected", expected);
            }
            boolean sample = samples.size() < SAMPLES && !test.has("expectedError");
            test.put("sample", sample);
            if (sample) {
                samples.add(test);
            }
            tests.add(test);
        }
        if (tests.isEmpty()) {
            throw new PackException("No case could be given the signature's inputs ("
                    + String.join(", ", signature.params().stream().map(Signature.Param::name).toList()) + "): name"
                    + " the parameters as the data's inputs are named.");
        }
        ObjectNode problem = JSON.createObjectNode();
        String title = ProblemScaffold.title(id);
        problem.put("id", id);
        problem.put("title", title);
        problem.put("difficulty", "easy");
        notes.add("canonical data gives no difficulty: set to easy (problem.json's \"difficulty\")");
        ArrayNode tagArray = problem.putArray("tags");
        tags(givenTags, id).forEach(tagArray::add);
        problem.put("kind", "function");
        problem.put("signature", signature.toString());
        problem.putObject("comparator").put("type", "exact");
        Files.writeString(dir.resolve("problem.json"), problem.toPrettyString() + "\n");
        Files.writeString(dir.resolve("tests.json"), tests.toPrettyString() + "\n");
        Files.writeString(dir.resolve("statement.md"), statement(title, file, samples));
        notes.add("canonical data has no solutions: write a reference per language in solutions/ (check judges"
                + " them)");
    }

    /** The input of a parameter: its own name, or the same words in snake_case or camelCase. */
    private static JsonNode find(JsonNode input, String name) {
        if (input.has(name)) {
            return input.get(name);
        }
        String plain = name.replace("_", "").toLowerCase(Locale.ROOT);
        for (Iterator<String> names = input.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (key.replace("_", "").toLowerCase(Locale.ROOT).equals(plain)) {
                return input.get(key);
            }
        }
        return null;
    }

    private List<String> tags(List<String> given, String id) throws PackException {
        for (String tag : given) {
            if (!Tags.isKnown(tag)) {
                throw new PackException("'" + tag + "' is not a tag (topics: " + String.join(", ", Tags.topics())
                        + ").");
            }
        }
        if (given.stream().noneMatch(t -> Tags.topics().contains(t))) {
            throw new PackException(id + " has no topic: canonical data has none, so give one with --tags (topics: "
                    + String.join(", ", Tags.topics()) + ").");
        }
        return List.copyOf(new LinkedHashSet<>(given));
    }

    private String statement(String title, Path file, List<ObjectNode> samples) throws IOException {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        Path description = file.toAbsolutePath().getParent() == null ? null
                : file.toAbsolutePath().getParent().resolve("description.md");
        if (description != null && Files.isRegularFile(description)) {
            md.append(Files.readString(description).replaceFirst("\\A#\\s+[^\\n]*\\n", "").strip()).append("\n\n");
        } else {
            notes.add("no description.md beside " + file.getFileName() + ": the statement says only what to write");
        }
        md.append("Write a function `").append(signature.name()).append("` (").append(signature)
                .append(").\n\n## Examples\n");
        for (ObjectNode sample : samples) {
            List<String> args = new ArrayList<>();
            sample.path("input").fields().forEachRemaining(e -> args.add(e.getKey() + " = " + e.getValue()));
            md.append("\n```\nInput: ").append(String.join(", ", args)).append("\nOutput: ")
                    .append(sample.path("expected")).append("\n```\n");
        }
        md.append("\n## Source\n\nImported from Exercism's canonical data (problem-specifications, MIT licence).\n");
        return md.toString();
    }
}
