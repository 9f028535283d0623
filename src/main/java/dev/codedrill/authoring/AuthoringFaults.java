package dev.codedrill.authoring;

import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.lang.starter.StarterCode;
import dev.codedrill.lang.support.LanguageSupport;
import dev.codedrill.problem.KeptVerdict;
import dev.codedrill.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a problem must have besides reference solutions that pass its tests, each fault naming its file and what to
 * do: what {@code check} reports first, and what guides the author of a new problem ({@link ProblemScaffold}) to
 * what is still missing.
 */
public final class AuthoringFaults {

    private static final Pattern NAMED_COMPLEXITY = Pattern.compile("O\\([^)]*\\)");
    private static final String TODO_MARK = ProblemScaffold.TODO + ":";

    private AuthoringFaults() {
    }

    public static List<String> of(Problem p) {
        List<String> faults = new ArrayList<>();
        if (p.statement().strip().length() < 40) {
            faults.add(p.dir().resolve("statement.md") + ": the statement is missing or too short");
        }
        if (p.samples().isEmpty()) {
            faults.add(p.dir().resolve("tests.json") + ": no sample tests (\"sample\": true)");
        }
        if (p.hidden().isEmpty() && p.testSuite().generator().isEmpty()) {
            faults.add(p.dir().resolve("tests.json") + ": no hidden tests: add tests with \"sample\": false (the edge cases"
                    + " the constraints allow, and large ones, or a generator.py) that reject wrong and slow solutions");
        }
        String beforeHints = p.statement().split("(?m)^## (Hints?|Follow-up)\\s*$", 2)[0];
        Matcher complexity = NAMED_COMPLEXITY.matcher(beforeHints);
        if (complexity.find()) {
            faults.add(p.dir().resolve("statement.md") + ": \"" + complexity.group() + "\" names the intended "
                    + "algorithm's complexity: give sizes in the constraints and move the method to ## Hints");
        }
        if (p.statement().contains(TODO_MARK)) {
            faults.add(p.dir().resolve("statement.md") + ": the template's " + TODO_MARK + " lines are still there:"
                    + " write the task, the examples (the sample tests, in order), the constraints and the hints");
        }
        if (p.kept().stream().noneMatch(k -> k.expected() == KeptVerdict.WRONG_ANSWER)) {
            faults.add(p.dir().resolve("submissions").resolve(KeptVerdict.WRONG_ANSWER.folder()) + ": no kept"
                    + " submission: keep a plausible wrong solution (an off-by-one, a forgotten case) that the"
                    + " hidden tests reject");
        }
        for (LanguageSupport language : LanguageSupports.all()) {
            Path reference = p.dir().resolve("solutions").resolve(language.solutionFile());
            if (Files.isRegularFile(reference) && read(reference).strip()
                    .equals(StarterCode.forProblem(p, language.id()).strip())) {
                faults.add(reference + ": still the starter code: write the reference solution");
            }
        }
        return faults;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return ""; // unreadable: the judge reports it when it runs the reference
        }
    }
}
