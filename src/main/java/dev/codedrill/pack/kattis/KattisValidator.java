package dev.codedrill.pack.kattis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codedrill.pack.PackException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A package's output validator as the problem's {@code checker.py}. Both speak the same protocol (input, answer and
 * feedback dir as arguments, the program's output on stdin, exit 42 or 43), so the checker is a short Python program
 * that holds the validator's sources: a Python validator is run as it is, a C or C++ one is compiled in the sandbox
 * on the first test it checks (the runner image has the compilers) and run for every test after. The validator's
 * flags from problem.yaml are passed after the three arguments, as Kattis passes them.
 */
final class KattisValidator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private KattisValidator() {
    }

    static String checker(Path root, List<String> flags, List<String> notes) throws IOException, PackException {
        Path dir = validatorDir(root);
        Map<String, String> sources = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                sources.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        String kind = kind(sources.keySet());
        if (kind == null) {
            throw new PackException(root.relativize(dir) + " is an output validator in a language CodeDrill cannot"
                    + " run as a checker (it runs Python, C and C++ ones): port it to Python as checker.py.");
        }
        notes.add(root.relativize(dir) + " (" + kind + ") became checker.py" + (kind.equals("python") ? ""
                : ", compiled in the sandbox on the first test it checks"));
        return "# checker.py made by codedrill import kattis from the package's output validator\n"
                + "# (" + root.relativize(dir).toString().replace('\\', '/') + "): Kattis's protocol, CodeDrill's too.\n"
                + "import json, os, subprocess, sys\n"
                + "SOURCES = json.loads(" + pythonString(json(sources)) + ")\n"
                + "FLAGS = json.loads(" + pythonString(json(flags)) + ")\n"
                + "KIND = " + pythonString(kind) + "\n"
                + """
                here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "validator")
                if not os.path.isdir(here):
                    os.makedirs(here + ".tmp", exist_ok=True)
                    for name, text in SOURCES.items():
                        with open(os.path.join(here + ".tmp", name), "w", encoding="utf-8") as f:
                            f.write(text)
                    os.rename(here + ".tmp", here)
                if KIND == "python":
                    names = sorted(n for n in SOURCES if n.endswith(".py"))
                    main = "validate.py" if "validate.py" in names else names[0]
                    os.execv(sys.executable, [sys.executable, os.path.join(here, main)] + sys.argv[1:] + FLAGS)
                binary = os.path.join(here, "validate")
                if not os.path.exists(binary):
                    units = [os.path.join(here, n) for n in sorted(SOURCES)
                             if n.endswith((".c", ".cc", ".cpp", ".cxx"))]
                    compiler = ["gcc", "-O2", "-std=gnu11"] if KIND == "c" else ["g++", "-O2", "-std=gnu++17"]
                    built = subprocess.run(compiler + ["-o", binary + ".tmp"] + units + (["-lm"] if KIND == "c" else []),
                                           stdin=subprocess.DEVNULL, capture_output=True, text=True)
                    if built.returncode != 0:
                        sys.stderr.write("the problem's output validator did not compile:\\n" + built.stderr[-1500:])
                        sys.exit(1)
                    os.rename(binary + ".tmp", binary)
                os.execv(binary, [binary] + sys.argv[1:] + FLAGS)
                """;
    }

    /** The first validator: {@code output_validators/NAME/} (or its files), or {@code output_validator/}. */
    private static Path validatorDir(Path root) throws IOException, PackException {
        for (String name : List.of("output_validators", "output_validator")) {
            Path dir = root.resolve(name);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> children;
            try (Stream<Path> list = Files.list(dir)) {
                children = list.sorted().toList();
            }
            List<Path> folders = children.stream().filter(Files::isDirectory).toList();
            if (children.stream().anyMatch(Files::isRegularFile) || folders.isEmpty()) {
                return dir;
            }
            return folders.get(0);
        }
        throw new PackException("problem.yaml says validation: custom, but the package has no output_validators/"
                + " folder: add the validator, or remove that line to compare tokens.");
    }

    private static String kind(Iterable<String> names) {
        List<String> extensions = new ArrayList<>();
        names.forEach(n -> extensions.add(n.contains(".") ? n.substring(n.lastIndexOf('.') + 1)
                .toLowerCase(Locale.ROOT) : ""));
        if (extensions.stream().anyMatch(e -> e.equals("cc") || e.equals("cpp") || e.equals("cxx"))) {
            return "cpp";
        }
        if (extensions.contains("c")) {
            return "c";
        }
        if (extensions.contains("py")) {
            return "python";
        }
        return null;
    }

    private static String json(Object value) throws PackException {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new PackException("the output validator could not be written into checker.py", e);
        }
    }

    /** A Python string literal of {@code text}: JSON's escapes are Python's. */
    private static String pythonString(String text) throws PackException {
        return json(text);
    }
}
