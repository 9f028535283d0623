package dev.codedrill.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codedrill.app.AppContext;
import dev.codedrill.app.PlainWords;
import dev.codedrill.history.HistoryException;
import dev.codedrill.history.HistoryStore;
import dev.codedrill.history.SubmissionSummary;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code codedrill history}: the stored submissions, newest first. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List the stored submissions, newest first.")
final class HistoryCommand implements Callable<Integer> {

    private static final Pattern PROBLEM_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String ROW = "%6s  %-19s  %-24s  %-10s  %-6s  %-21s  %7s  %8s%n";

    @ParentCommand
    CodeDrillCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--problem", paramLabel = "ID", description = "Only this problem's submissions (e.g. two-sum).")
    String problem;

    @Option(names = "--json", description = "Print a JSON array (for scripts) instead of a table.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        if (problem != null && !PROBLEM_ID.matcher(problem).matches()) {
            throw new ParameterException(spec.commandLine(),
                    "--problem takes a problem id in lowercase kebab-case, like two-sum; not '" + problem + "'");
        }
        AppContext context = parent.context();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<SubmissionSummary> submissions;
        try (HistoryStore store = HistoryStore.open(context.dirs().dataDir())) {
            store.recovery().ifPresent(r -> err.println("codedrill: " + r.message()));
            submissions = problem == null ? store.submissions().all() : store.submissions().ofProblem(problem);
        } catch (HistoryException e) {
            err.println("codedrill: " + PlainWords.report(e, "reading your history"));
            return 1;
        }
        if (json) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(submissions.stream().map(SubmissionRow::of).toList()));
        } else {
            printTable(out, submissions);
        }
        out.flush();
        return 0;
    }

    private void printTable(PrintWriter out, List<SubmissionSummary> submissions) {
        if (submissions.isEmpty()) {
            out.println(problem == null ? "No submissions yet." : "No submissions for " + problem + " yet.");
            return;
        }
        out.printf(ROW, "ID", "QUEUED", "PROBLEM", "LANGUAGE", "KIND", "VERDICT", "PASSED", "TIME");
        for (SubmissionSummary s : submissions) {
            out.printf(ROW, s.id(), LOCAL_TIME.format(s.queuedAt().atZone(ZoneId.systemDefault())), s.problemId(),
                    s.languageId(), s.kind(), s.verdict(),
                    s.passed() == null ? "-" : s.passed() + "/" + s.total(),
                    s.timeMs() == null ? "-" : s.timeMs() + " ms");
        }
    }
}
