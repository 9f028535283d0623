package dev.codedrill.cli;

import dev.codedrill.app.AppContext;
import dev.codedrill.problem.BrokenProblem;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.problem.TopicTable;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code codedrill topics}: how many problems the library has per topic and difficulty, as a Markdown table. */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "Count the problems per topic and difficulty (a Markdown table, as in problems/README.md).")
final class TopicsCommand implements Callable<Integer> {

    @ParentCommand
    CodeDrillCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AppContext context = parent.context();
        ProblemLibrary library = context.loadProblemsTestsLater(); // counting needs problem.json, not the tests
        PrintWriter out = spec.commandLine().getOut();
        out.print(TopicTable.markdown(library.problems()));
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        library.broken().stream().map(BrokenProblem::describe).forEach(b -> err.println("not counted: " + b));
        return library.broken().isEmpty() ? 0 : 1;
    }
}
