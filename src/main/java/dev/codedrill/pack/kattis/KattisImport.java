package dev.codedrill.pack.kattis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.codedrill.authoring.Folders;
import dev.codedrill.authoring.ProblemScaffold;
import dev.codedrill.failure.JsonFaults;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.pack.ImportedPack;
import dev.codedrill.pack.PackException;
import dev.codedrill.pack.PackStore;
import dev.codedrill.pack.SafeUnzip;
import dev.codedrill.pack.ZipLimits;
import dev.codedrill.problem.Tags;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code import kattis DIR|FILE.zip}: a Kattis / ICPC problem package made into a stdio problem and installed as a
 * pack of its own ({@code kattis-ID}). {@code problem.yaml} gives the title, limits, keywords and comparison;
 * {@code data/sample} and {@code data/secret} the tests; the statement comes from {@code problem.en.tex} (converted,
 * {@link TexStatement}) or {@code problem.en.md}; {@code output_validators/} becomes the checker
 * ({@link KattisValidator}); {@code submissions/} the references and kept submissions. What cannot be mapped is
 * said in the result's notes, or, when the problem could not be judged right without it, refuses the import.
 */
public final class KattisImport {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> VERDICT_FOLDERS = Map.of("accepted", "accepted", "wrong_answer",
            "wrong_answer", "time_limit_exceeded", "time_limit_exceeded", "run_time_error", "runtime_error");
    private static final Map<String, String> EXTENSIONS = Map.of("py", "py", "py3", "py", "cc", "cpp", "cpp", "cpp",
            "cxx", "cpp", "java", "java", "js", "js", "go", "go", "rs", "rs", "php", "php");
    private static final Pattern PYTHON_2 = Pattern.compile("(?m)^\\s*print\\s+[^(\\s=]");
    private static final Pattern JAVA_CLASS = Pattern.compile("public\\s+(?:final\\s+)?class\\s+(\\w+)");
    private static final String[] STATEMENTS = {"problem_statement/problem.en.tex", "problem_statement/problem.tex",
            "statement/problem.en.tex", "problem_statement/problem.en.md", "statement/problem.en.md"};

    private final List<String> notes = new ArrayList<>();
    private final Path root;
    private final String id;
    private final JsonNode yaml;

    private KattisImport(Path root, String id, JsonNode yaml) {
        this.root = root;
        this.id = id;
        this.yaml = yaml;
    }

    /**
     * @param tags topics and tags for the problem (a package has none of CodeDrill's topics; its keywords that are
     *             CodeDrill tags are added)
     */
    public static ImportedPack importPackage(Path source, List<String> tags, PackStore store, List<Path> otherRoots)
            throws PackException {
        Path work = null;
        try {
            work = Files.createTempDirectory("codedrill-kattis-");
            Path root = source;
            String name = source.getFileName() == null ? "problem" : source.getFileName().toString();
            if (Files.isRegularFile(source)) {
                if (!name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    throw new PackException(source + " is neither a problem package's folder nor its zip.");
                }
                name = name.substring(0, name.length() - 4);
                root = packageRoot(unzip(source, work.resolve("unzipped")));
            } else if (!Files.isDirectory(source)) {
                throw new PackException(source + " does not exist: name a Kattis problem package's folder or zip.");
            }
            if (!Files.isRegularFile(root.resolve("problem.yaml"))) {
                throw new PackException(source + " has no problem.yaml, so it is not a Kattis problem package.");
            }
            KattisImport kattis = new KattisImport(root, ImportedPack.id(name, "the package's name"), readYaml(root.resolve("problem.yaml")));
            Path folder = work.resolve("pack");
            kattis.write(folder.resolve(kattis.id), tags);
            return ImportedPack.install(folder, "kattis-" + kattis.id, kattis.notes, store, otherRoots);
        } catch (IOException e) {
            throw new PackException(source + " could not be read (" + e.getMessage() + ").", e);
        } finally {
            Folders.deleteQuietly(work);
        }
    }

    private static Path unzip(Path zip, Path into) throws PackException {
        SafeUnzip.extract(zip, into, ZipLimits.DEFAULT);
        return into;
    }

    /** The zip's top, or its one folder (a zipped package folder). */
    private static Path packageRoot(Path unzipped) throws IOException {
        if (Files.isRegularFile(unzipped.resolve("problem.yaml"))) {
            return unzipped;
        }
        try (Stream<Path> children = Files.list(unzipped)) {
            List<Path> all = children.toList();
            return all.size() == 1 && Files.isDirectory(all.get(0)) ? all.get(0) : unzipped;
        }
    }

    private static JsonNode readYaml(Path file) throws PackException {
        try {
            JsonNode node = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
            return node == null || !node.isObject() ? JSON.createObjectNode() : node;
        } catch (JsonProcessingException e) {
            String at = JsonFaults.where(e);
            throw new PackException(file + (at.isEmpty() ? "" : " at " + at) + ": this is not valid YAML. Fix"
                    + " problem.yaml and import again.");
        } catch (IOException e) {
            throw new PackException(file + " could not be read (" + e.getMessage() + ").", e);
        }
    }

    private void write(Path dir, List<String> givenTags) throws IOException, PackException {
        String validation = yaml.path("validation").asText("default");
        if (validation.contains("interactive") || hasFiles(root.resolve("data"), ".interaction")) {
            throw new PackException(id + " is an interactive problem (a program that talks with the judge's"
                    + " program): CodeDrill judges a program's output only, so it cannot be imported.");
        }
        Files.createDirectories(dir);
        List<Test> tests = tests();
        if (tests.isEmpty()) {
            throw new PackException(id + " has no tests: data/sample and data/secret hold no .in files with their"
                    + " .ans.");
        }
        ObjectNode problem = JSON.createObjectNode();
        String title = title();
        problem.put("id", id);
        problem.put("title", title);
        problem.put("difficulty", "medium");
        notes.add("a package gives no difficulty: set to medium (problem.json's \"difficulty\")");
        ArrayNode tagArray = problem.putArray("tags");
        tags(givenTags).forEach(tagArray::add);
        problem.put("kind", "stdio");
        problem.set("comparator", comparator(validation, dir));
        JsonNode limits = yaml.path("limits");
        if (limits.path("time_limit").isNumber()) {
            problem.put("timeLimitMs", (int) Math.ceil(limits.path("time_limit").asDouble() * 1000));
        } else {
            problem.put("timeLimitMs", 2000);
            notes.add("the package gives no time limit (Kattis derives it from its accepted submissions): 2 s, as"
                    + " problem.json's \"timeLimitMs\" says; check --derive-limits measures one per language");
        }
        if (limits.path("memory").isNumber()) {
            problem.put("memoryLimitMb", limits.path("memory").asInt());
        }
        Files.writeString(dir.resolve("problem.json"), problem.toPrettyString() + "\n");
        ArrayNode testArray = JSON.createArrayNode();
        for (Test t : tests) {
            testArray.addObject().put("name", t.name()).put("input", t.input()).put("expected", t.answer())
                    .put("sample", t.sample());
        }
        Files.writeString(dir.resolve("tests.json"), JSON.writeValueAsString(testArray) + "\n");
        Files.writeString(dir.resolve("statement.md"), statement(title, tests));
        submissions(dir);
    }

    private String title() throws IOException {
        JsonNode name = yaml.path("name");
        if (name.isTextual() && !name.asText().isBlank()) {
            return name.asText().strip();
        }
        if (name.isObject() && name.path("en").isTextual()) {
            return name.path("en").asText().strip();
        }
        Optional<Path> tex = statementFile().filter(f -> f.toString().endsWith(".tex"));
        if (tex.isPresent()) {
            String fromTex = TexStatement.convert(Files.readString(tex.get())).title();
            if (fromTex != null && !fromTex.isBlank()) {
                return fromTex;
            }
        }
        return ProblemScaffold.title(id);
    }

    private List<String> tags(List<String> given) throws PackException {
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : given) {
            if (!Tags.isKnown(tag)) {
                throw new PackException("'" + tag + "' is not a tag (topics: " + String.join(", ", Tags.topics())
                        + "; others: " + String.join(", ", Tags.all().stream().filter(t -> !Tags.topics().contains(t))
                        .toList()) + ").");
            }
            tags.add(tag);
        }
        JsonNode keywords = yaml.path("keywords");
        List<String> words = new ArrayList<>();
        if (keywords.isTextual()) {
            words.addAll(List.of(keywords.asText().split("[\\s,]+")));
        } else if (keywords.isArray()) {
            keywords.forEach(k -> words.add(k.asText()));
        }
        for (String word : words) {
            String tag = word.toLowerCase(Locale.ROOT).strip();
            if (Tags.isKnown(tag)) {
                tags.add(tag);
            } else if (!tag.isEmpty()) {
                notes.add("the keyword '" + word + "' is not one of CodeDrill's tags: left out");
            }
        }
        if (tags.stream().noneMatch(t -> Tags.topics().contains(t))) {
            throw new PackException(id + " has no topic: a package has none of CodeDrill's, so give one with --tags"
                    + " (topics: " + String.join(", ", Tags.topics()) + ").");
        }
        return List.copyOf(tags);
    }

    private ObjectNode comparator(String validation, Path dir) throws IOException, PackException {
        List<String> flags = List.of(yaml.path("validator_flags").asText("").strip().split("\\s+")).stream()
                .filter(f -> !f.isEmpty()).toList();
        ObjectNode comparator = JSON.createObjectNode();
        if (validation.startsWith("custom")) {
            Files.writeString(dir.resolve("checker.py"), KattisValidator.checker(root, flags, notes));
            return comparator.put("type", "checker");
        }
        Double absolute = null;
        Double relative = null;
        for (int i = 0; i < flags.size(); i++) {
            String flag = flags.get(i);
            Double value = i + 1 < flags.size() ? number(flags.get(i + 1)) : null;
            switch (flag) {
                case "float_tolerance" -> absolute = relative = value;
                case "float_absolute_tolerance" -> absolute = value;
                case "float_relative_tolerance" -> relative = value;
                case "case_sensitive" -> { }
                case "space_change_sensitive" -> comparator.put("type", "lines");
                default -> {
                    if (number(flag) == null) {
                        notes.add("the validator flag '" + flag + "' has no CodeDrill equivalent: left out");
                    }
                }
            }
        }
        if (absolute != null || relative != null) {
            comparator.put("type", "float");
            if (absolute != null) {
                comparator.put("absolute", absolute);
            }
            if (relative != null) {
                comparator.put("relative", relative);
            }
            return comparator;
        }
        if (!comparator.has("type")) {
            comparator.put("type", "tokens");
            if (!flags.contains("case_sensitive")) {
                notes.add("Kattis's default comparison ignores upper and lower case; CodeDrill's tokens comparison"
                        + " does not");
            }
        }
        return comparator;
    }

    private static Double number(String text) {
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private record Test(String name, String input, String answer, boolean sample) {
    }

    private List<Test> tests() throws IOException {
        List<Test> tests = new ArrayList<>();
        for (String group : List.of("sample", "secret")) {
            Path dir = root.resolve("data").resolve(group);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> inputs;
            try (Stream<Path> walk = Files.walk(dir)) {
                inputs = walk.filter(p -> p.toString().endsWith(".in") && Files.isRegularFile(p)).sorted().toList();
            }
            for (Path in : inputs) {
                String base = in.toString().substring(0, in.toString().length() - 3);
                Path ans = Path.of(base + ".ans");
                String name = group + "/" + dir.relativize(Path.of(base)).toString().replace('\\', '/');
                if (!Files.isRegularFile(ans)) {
                    notes.add("data/" + name + ".in has no .ans beside it: left out");
                    continue;
                }
                try {
                    tests.add(new Test(name, text(in), text(ans), group.equals("sample")));
                } catch (CharacterCodingException e) {
                    notes.add("data/" + name + " is not UTF-8 text: left out");
                }
            }
        }
        return tests;
    }

    private static String text(Path file) throws IOException {
        return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString();
    }

    private Optional<Path> statementFile() {
        for (String candidate : STATEMENTS) {
            if (Files.isRegularFile(root.resolve(candidate))) {
                return Optional.of(root.resolve(candidate));
            }
        }
        return Optional.empty();
    }

    private String statement(String title, List<Test> tests) throws IOException {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        Optional<Path> file = statementFile();
        if (file.isEmpty()) {
            notes.add("no English statement (problem_statement/problem.en.tex or statement/problem.en.md): write"
                    + " statement.md");
            md.append("The package has no English statement.\n");
        } else if (file.get().toString().endsWith(".md")) {
            md.append(Files.readString(file.get()).replaceFirst("\\A#\\s+[^\\n]*\\n", "").strip()).append('\n');
        } else {
            TexStatement tex = TexStatement.convert(Files.readString(file.get()));
            md.append(tex.markdown()).append('\n');
            if (!tex.dropped().isEmpty()) {
                notes.add(root.relativize(file.get()) + ": not shown (the text inside kept): "
                        + String.join(", ", tex.dropped()));
            }
        }
        List<Test> samples = tests.stream().filter(Test::sample).toList();
        if (!samples.isEmpty()) {
            md.append("\n## Examples\n");
            for (Test t : samples) {
                md.append("\n```\nInput:\n").append(t.input().stripTrailing()).append("\nOutput:\n")
                        .append(t.answer().stripTrailing()).append("\n```\n");
            }
        }
        List<String> source = new ArrayList<>();
        for (String field : List.of("author", "source", "rights_owner", "license")) {
            String value = yaml.path(field).asText("");
            if (!value.isBlank()) {
                source.add(field.replace('_', ' ') + ": " + value.strip());
            }
        }
        if (!source.isEmpty()) {
            md.append("\n## Source\n\nImported from a Kattis problem package (").append(String.join("; ", source))
                    .append(").\n");
        }
        return md.toString();
    }

    private void submissions(Path dir) throws IOException {
        Path submissions = root.resolve("submissions");
        Set<String> referenced = new LinkedHashSet<>();
        if (!Files.isDirectory(submissions)) {
            notes.add("no submissions/: write a reference solution per language in solutions/");
            return;
        }
        List<Path> folders;
        try (Stream<Path> children = Files.list(submissions)) {
            folders = children.filter(Files::isDirectory).sorted().toList();
        }
        for (Path folder : folders) {
            String kattisVerdict = folder.getFileName().toString();
            String verdict = VERDICT_FOLDERS.get(kattisVerdict);
            if (verdict == null) {
                notes.add("submissions/" + kattisVerdict + "/ has no CodeDrill verdict folder: left out");
                continue;
            }
            List<Path> files;
            try (Stream<Path> children = Files.list(folder)) {
                files = children.sorted().toList();
            }
            for (Path file : files) {
                String where = "submissions/" + kattisVerdict + "/" + file.getFileName();
                Optional<Submission> mapped = submission(file, where);
                if (mapped.isEmpty()) {
                    continue;
                }
                String language = LanguageSupports.byExtension().get(mapped.get().extension());
                if (verdict.equals("accepted") && referenced.add(language)) {
                    Files.createDirectories(dir.resolve("solutions"));
                    Files.writeString(dir.resolve("solutions").resolve(LanguageSupports.of(language).solutionFile()),
                            mapped.get().code());
                    continue;
                }
                Path kept = dir.resolve("submissions").resolve(verdict).resolve(file.getFileName().toString()
                        .replaceAll("\\.[^.]*$", "") + "." + mapped.get().extension());
                Files.createDirectories(kept.getParent());
                Files.writeString(kept, mapped.get().code());
            }
        }
        if (referenced.isEmpty()) {
            notes.add("no accepted submission in a language CodeDrill runs: write a reference solution in solutions/");
        }
    }

    private record Submission(String extension, String code) {
    }

    private Optional<Submission> submission(Path file, String where) throws IOException {
        if (Files.isDirectory(file)) {
            notes.add(where + "/ is a program of several files: left out (CodeDrill judges one file)");
            return Optional.empty();
        }
        String name = file.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String ours = EXTENSIONS.get(extension);
        if (ours == null) {
            notes.add(where + ": a language CodeDrill does not run: left out");
            return Optional.empty();
        }
        String code;
        try {
            code = text(file);
        } catch (CharacterCodingException e) {
            notes.add(where + " is not UTF-8 text: left out");
            return Optional.empty();
        }
        if (ours.equals("py") && (name.contains("py2") || PYTHON_2.matcher(code).find())) {
            notes.add(where + " is Python 2: left out (CodeDrill runs Python 3)");
            return Optional.empty();
        }
        if (ours.equals("java")) {
            Matcher m = JAVA_CLASS.matcher(code);
            if (m.find() && !m.group(1).equals("Main")) {
                code = code.replaceAll("\\b" + Pattern.quote(m.group(1)) + "\\b", "Main");
                notes.add(where + ": its class " + m.group(1) + " renamed Main (CodeDrill compiles Main.java)");
            }
        }
        return Optional.of(new Submission(ours, code));
    }

    private static boolean hasFiles(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.anyMatch(p -> p.toString().endsWith(suffix));
        }
    }
}
