package dev.codedrill.judge;

import dev.codedrill.docker.ExecResult;
import dev.codedrill.problem.ProblemLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A problem's own checker (docs/architecture.md#custom-checkers), for answers with many right forms: after the run,
 * one more exec in the same sandbox runs the problem's {@code checker.py} once per test the program passed cleanly,
 * with Kattis's output-validator protocol: {@code checker.py input answer feedback_dir < output}, exit 42 accepts,
 * exit 43 rejects, and {@code feedback_dir/judgemessage.txt} says why (shown to the learner). The learner's processes
 * are gone by then (the driver kills them after each test), and the checker's files go to a folder whose name they
 * could not know.
 */
final class CheckerStep {

    /** The checker's file in a problem's folder. */
    static final String FILE = ProblemLoader.CHECKER_FILE;
    static final int ACCEPT = 42;
    static final int REJECT = 43;
    /** Each test's check is cut off after this long. */
    static final Duration PER_TEST = Duration.ofSeconds(10);
    /** The feedback shown: the rest is cut. */
    static final int FEEDBACK_SHOWN = 2000;

    private static final Logger LOG = LoggerFactory.getLogger(CheckerStep.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern RESULT = Pattern.compile("(?m)^@@check (\\d+) (\\d+)\\n([\\s\\S]*?)\\n@@end \\1$");

    private CheckerStep() {
    }

    /**
     * The results with every accepted test of {@code results} judged again by the checker: still accepted, a wrong
     * answer with the checker's message, or an internal error when the checker itself failed.
     */
    static List<TestResult> apply(BorrowedSandbox sandbox, Path checker, List<TestResult> results) {
        List<TestResult> toCheck = results.stream().filter(t -> t.ran() && t.verdict().accepted()).toList();
        if (toCheck.isEmpty()) {
            return results;
        }
        byte[] code;
        try {
            code = Files.readAllBytes(checker);
        } catch (IOException e) {
            LOG.error("could not read the checker {}", checker, e);
            return replaceAll(results, toCheck, new Verdict.InternalError("The problem's checker ("
                    + checker.getFileName() + ") could not be read. Check the problem's folder."));
        }
        String dir = ".check-" + HexFormat.of().formatHex(RANDOM.generateSeed(8));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(dir + "/" + FILE, code);
        for (TestResult t : toCheck) {
            String at = dir + "/" + t.index() + "/";
            files.put(at + "in", bytes(t.input()));
            files.put(at + "ans", bytes(t.expected()));
            files.put(at + "out", bytes(t.actual() == null ? "" : t.actual()));
        }
        StringBuilder script = new StringBuilder("d=" + dir + "\n");
        for (TestResult t : toCheck) {
            int i = t.index();
            script.append("mkdir -p $d/").append(i).append("/fb\n")
                    .append("timeout -s KILL ").append(PER_TEST.toSeconds()).append(" python3 -I $d/").append(FILE)
                    .append(" $d/").append(i).append("/in $d/").append(i).append("/ans $d/").append(i)
                    .append("/fb < $d/").append(i).append("/out > /dev/null 2> $d/").append(i).append("/fb/stderr\n")
                    .append("code=$?\n")
                    .append("printf '@@check %s %s\\n' ").append(i).append(" \"$code\"\n")
                    .append("{ cat $d/").append(i).append("/fb/judgemessage.txt 2>/dev/null || tail -c 1000 $d/")
                    .append(i).append("/fb/stderr; } | head -c ").append(FEEDBACK_SHOWN).append("\n")
                    .append("printf '\\n@@end %s\\n' ").append(i).append("\n");
        }
        Duration timeout = PER_TEST.multipliedBy(toCheck.size()).plusSeconds(15);
        ExecResult ran = sandbox.script(files, script.toString(), timeout,
                toCheck.size() * (FEEDBACK_SHOWN + 64) + 4096, 16 * 1024);
        Map<Integer, Verdict> verdicts = verdicts(ran.stdoutText());
        Set<Integer> checkedIndices = toCheck.stream().map(TestResult::index).collect(Collectors.toSet());
        List<TestResult> checked = new ArrayList<>();
        for (TestResult t : results) {
            if (!checkedIndices.contains(t.index())) {
                checked.add(t);
                continue;
            }
            Verdict v = verdicts.get(t.index());
            if (v == null) {
                LOG.warn("the checker of {} reported nothing for test {} (exit {}): {}", checker, t.index(),
                        ran.exitCode(), ran.stderrText());
                v = new Verdict.InternalError("The problem's checker did not finish this test.");
            }
            checked.add(with(t, v));
        }
        return checked;
    }

    /** Reads the script's "@@check INDEX EXIT", message, "@@end INDEX" blocks. */
    static Map<Integer, Verdict> verdicts(String report) {
        Map<Integer, Verdict> verdicts = new HashMap<>();
        Matcher m = RESULT.matcher(report);
        while (m.find()) {
            int exit = Integer.parseInt(m.group(2));
            String message = m.group(3).strip();
            verdicts.put(Integer.parseInt(m.group(1)), switch (exit) {
                case ACCEPT -> new Verdict.Accepted();
                case REJECT -> new Verdict.WrongAnswer(message);
                default -> new Verdict.InternalError("The problem's checker failed (exit " + exit + ")"
                        + (message.isEmpty() ? "" : ": " + message) + ". This is the problem's fault, not your code's.");
            });
        }
        return verdicts;
    }

    private static List<TestResult> replaceAll(List<TestResult> results, List<TestResult> which, Verdict verdict) {
        Set<Integer> indices = which.stream().map(TestResult::index).collect(Collectors.toSet());
        return results.stream().map(t -> indices.contains(t.index()) ? with(t, verdict) : t).toList();
    }

    private static TestResult with(TestResult t, Verdict verdict) {
        return new TestResult(t.index(), t.name(), t.sample(), verdict, t.timeMs(), t.input(), t.expected(),
                t.actual(), t.stdout(), t.error());
    }

    private static byte[] bytes(String text) {
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }
}
