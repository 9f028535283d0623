package dev.codedrill.cli;

import dev.codedrill.authoring.ProblemScaffold;
import dev.codedrill.authoring.ScaffoldException;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.Tags;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code codedrill new ID}: a new problem's folder, ready to fill in and to {@code check}. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Scaffold a new problem: problem.json, a statement template, a sample test, starter reference"
                + " solutions in every language and the kept-submission folders. Then run check ID.")
final class NewCommand implements Callable<Integer> {

    enum Kind { function, stdio, design }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The problem's id and folder name, as two-sum.")
    String id;

    @Option(names = "--kind", defaultValue = "function", description = "function, stdio or design (default: function).")
    Kind kind;

    @Option(names = "--signature", description = "A function's signature, as \"twoSum(nums: int[], target: int) ->"
            + " int[]\"; a design class's constructor and methods separated by semicolons, as \"Counter(start: int);"
            + " add(x: int) -> void; total() -> long\". Default: " + ProblemScaffold.DEFAULT_FUNCTION + ".")
    String signature;

    @Option(names = "--dir", defaultValue = ".", description = "The folder to make it in (default: the current one).")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Path made = ProblemScaffold.create(dir.toAbsolutePath().normalize(), id,
                    ProblemKind.valueOf(kind.name().toUpperCase(Locale.ROOT)), signature);
            out.println("Made " + made + ". Next:");
            out.println("  1. statement.md: replace every TODO: line (the task, the examples, the constraints, hints).");
            out.println("  2. problem.json: the title, the difficulty and the tags (topics: "
                    + String.join(", ", Tags.topics()) + ").");
            out.println("  3. tests.json: the sample's expected value, then hidden tests (\"sample\": false).");
            out.println("  4. solutions/: a reference solution in every language (each starts as the starter code).");
            out.println("  5. submissions/wrong_answer/ (and time_limit_exceeded/): wrong and slow solutions the tests"
                    + " reject.");
            out.println("Then: codedrill check " + id + " (with -Dcodedrill.problems=" + made.getParent()
                    + " or that folder in Settings) lists what is still missing.");
            out.flush();
            return 0;
        } catch (ScaffoldException e) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        }
    }
}
